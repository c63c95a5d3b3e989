import TerminalGrid

/// Splits text into lines of at most a display width, breaking at spaces and, for over-long words, between graphemes.
///
/// Linear in the length of the text: every grapheme is measured at most twice (once for its word, once more when its
/// word is longer than a line and is cut), however long a word is (`WordWrapTests` counts the measurements).
enum WordWrap {
    /// The lines of `text` (sanitized) wrapped to `width` columns; at least one line.
    static func lines(_ text: String, width: Int) -> [String] {
        lines(text, width: width, measure: DisplayWidth.of)
    }

    /// The same, with each grapheme's width from `measure` (tests count the calls).
    static func lines(_ text: String, width: Int, measure: (Character) -> Int) -> [String] {
        let clean = SafeText.sanitize(text)
        guard width > 0 else { return [""] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in clean.split(separator: " ", omittingEmptySubsequences: true) {
            var wordWidth = 0
            for character in word { wordWidth += measure(character) }
            if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            if wordWidth <= width {
                current = String(word)
                currentWidth = wordWidth
                continue
            }
            // A word longer than a line: cut it in one pass, a line at a time; its last piece starts the next line.
            var piece = ""
            var pieceWidth = 0
            for character in word {
                let characterWidth = measure(character)
                if pieceWidth > 0 && pieceWidth + characterWidth > width {
                    lines.append(piece)
                    piece = ""
                    pieceWidth = 0
                }
                piece.append(character)
                pieceWidth += characterWidth
            }
            current = piece
            currentWidth = pieceWidth
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
