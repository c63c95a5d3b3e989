import TerminalGrid

/// Names fitted to a column: in full when they fit, else "Zoë Å." (first name, last initial), else cut with "…".
enum PersonName {
    /// `name` in at most `width` columns.
    static func fit(_ name: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = SafeText.sanitize(name)
        if DisplayWidth.of(clean) <= width { return clean }
        let words = clean.split(separator: " ")
        if words.count > 1, let first = words.first, let initial = words.last?.first {
            let short = "\(first) \(initial)."
            if DisplayWidth.of(short) <= width { return short }
        }
        return TextLayout.truncate(clean, toWidth: width)
    }
}
