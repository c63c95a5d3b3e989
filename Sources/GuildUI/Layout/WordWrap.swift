import TerminalGrid

/// Splits text into lines of at most a display width, breaking at spaces and, for over-long words, between graphemes.
enum WordWrap {
    /// The lines of `text` (sanitized) wrapped to `width` columns; at least one line.
    static func lines(_ text: String, width: Int) -> [String] {
        let clean = SafeText.sanitize(text)
        guard width > 0 else { return [""] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in clean.split(separator: " ", omittingEmptySubsequences: true) {
            var piece = String(word)
            var pieceWidth = DisplayWidth.of(piece)
            if currentWidth > 0 && currentWidth + 1 + pieceWidth <= width {
                current += " " + piece
                currentWidth += 1 + pieceWidth
                continue
            }
            if currentWidth > 0 {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            while pieceWidth > width {
                let head = TextLayout.prefix(piece, width: width)
                guard !head.isEmpty else { break }
                lines.append(head)
                piece = String(piece.dropFirst(head.count))
                pieceWidth = DisplayWidth.of(piece)
            }
            current = piece
            currentWidth = pieceWidth
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
