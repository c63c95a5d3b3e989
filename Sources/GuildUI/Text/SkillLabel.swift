import TerminalGrid

/// Short column labels for skills in the matrix header ("Kubernetes" → "Kub", "Code review" → "CR", "SQL" → "SQL").
enum SkillLabel {
    /// A label of at most `width` columns: the name if it fits, an all-capitals first word ("API"), initials of several words, else a prefix.
    static func make(_ name: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = SafeText.sanitize(name)
        if DisplayWidth.of(clean) <= width { return clean }
        let words = clean.split { $0 == " " || $0 == "-" || $0 == "_" }
        if let first = words.first, words.count > 1 {
            let firstWord = String(first)
            if firstWord.count > 1, firstWord == firstWord.uppercased(), DisplayWidth.of(firstWord) <= width { return firstWord }
            let initials = words.compactMap(\.first).map { $0.uppercased() }.joined()
            if DisplayWidth.of(initials) <= width { return initials }
        }
        return TextLayout.prefix(clean, width: width)
    }
}
