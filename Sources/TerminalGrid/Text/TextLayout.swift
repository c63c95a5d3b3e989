/// Cutting and padding text by display width, never splitting a grapheme or a wide glyph.
public enum TextLayout {
    /// `text` cut to at most `width` columns; when cut, ends with `ellipsis` (itself included in the width).
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.fits(text, in: width) { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        if ellipsisWidth > width { return prefix(text, width: width) }
        return prefix(text, width: width - ellipsisWidth) + ellipsis
    }

    /// The longest prefix of `text` that fits in `width` columns.
    public static func prefix(_ text: String, width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = DisplayWidth.of(text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// The longest suffix of `text` that fits in `width` columns.
    public static func suffix(_ text: String, width: Int) -> String {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let w = DisplayWidth.of(text[previous])
            if used + w > width { break }
            used += w
            start = previous
        }
        return String(text[start...])
    }

    /// `text` truncated and padded with spaces to exactly `width` columns, aligned as asked.
    public static func pad(_ text: String, toWidth width: Int, alignment: TextAlignment = .left) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, toWidth: width)
        let gap = width - DisplayWidth.of(cut)
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }
}
