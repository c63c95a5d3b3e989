/// A one-line text editor: the text, a cursor counted in graphemes, readline-style keys, and drawing that keeps the cursor in view.
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// The cursor position in graphemes, 0...characters.count.
    public private(set) var cursor: Int

    /// Creates a field holding `text` (sanitized, newlines become spaces) with the cursor at the end.
    public init(text: String = "") {
        characters = Array(TextField.clean(text))
        cursor = characters.count
    }

    /// The current text.
    public var text: String { String(characters) }

    /// Replaces the text and puts the cursor at the end.
    public mutating func setText(_ text: String) {
        characters = Array(TextField.clean(text))
        cursor = characters.count
    }

    /// Moves the cursor, clamped to the text.
    public mutating func moveCursor(to index: Int) {
        cursor = min(max(0, index), characters.count)
    }

    /// Inserts `text` at the cursor (sanitized; tabs and newlines become spaces) and moves the cursor after it.
    public mutating func insert(_ text: String) {
        let inserted = TextField.clean(text)
        guard !inserted.isEmpty else { return }
        let before = String(characters[..<cursor]) + inserted
        let after = String(characters[cursor...])
        // Re-segment: an inserted combining mark joins the grapheme before it.
        characters = Array(before + after)
        cursor = min(Array(before).count, characters.count)
    }

    /// Applies an editing key; returns false for keys the field does not use (so the caller can handle them).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            insert(String(c))
        case .paste(let text):
            insert(text)
        case .left, .ctrl("b"):
            cursor = max(0, cursor - 1)
        case .right, .ctrl("f"):
            cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .alt("b"):
            cursor = wordStart(before: cursor)
        case .alt("f"):
            cursor = wordEnd(after: cursor)
        case .alt("d"):
            characters.removeSubrange(cursor..<wordEnd(after: cursor))
        case .ctrl("w"):
            // Like a shell: back to the previous whitespace, so "path/to/file" goes in one stroke.
            var start = cursor
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor...)
        default:
            return false
        }
        return true
    }

    /// The index of the first grapheme shown in `width` columns: 0 unless the cursor would fall off the right edge.
    public func visibleStart(width: Int) -> Int {
        let cursorWidth = cursor < characters.count ? DisplayWidth.of(characters[cursor]) : 1
        if columns(0, cursor) + cursorWidth <= width { return 0 }
        var start = cursor
        var used = cursorWidth
        while start > 0 {
            let w = DisplayWidth.of(characters[start - 1])
            if used + w > width { break }
            used += w
            start -= 1
        }
        return start
    }

    /// The column of the cursor inside a `width`-column area.
    public func cursorColumn(width: Int) -> Int {
        columns(visibleStart(width: width), cursor)
    }

    /// Draws the visible part of the text in the first row of `area`; the cursor is a cell in `cursorStyle`; `placeholder` shows when empty.
    public func draw(
        in area: Rect, on grid: inout Grid, style: Style = .plain, cursorStyle: Style = Style(attributes: .reverse),
        showsCursor: Bool = true, placeholder: String = "", placeholderStyle: Style = Style(attributes: .dim)
    ) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        grid.fill(row, with: style)
        if characters.isEmpty && !placeholder.isEmpty {
            grid.put(placeholder, x: row.x, y: row.y, style: style.patched(by: placeholderStyle), maxWidth: row.width)
        } else {
            let start = visibleStart(width: row.width)
            grid.put(String(characters[start...]), x: row.x, y: row.y, style: style, maxWidth: row.width)
        }
        guard showsCursor else { return }
        let column = cursorColumn(width: row.width)
        guard column < row.width else { return }
        let cell = grid[row.x + column, row.y]
        let under: Character = characters.isEmpty ? (cell.grapheme) : (cursor < characters.count ? characters[cursor] : " ")
        grid.put(String(under), x: row.x + column, y: row.y, style: cell.style.patched(by: cursorStyle), maxWidth: row.width - column)
    }

    private func columns(_ from: Int, _ to: Int) -> Int {
        guard from < to else { return 0 }
        return characters[from..<to].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    private static func isWord(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_"
    }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, !TextField.isWord(characters[i - 1]) { i -= 1 }
        while i > 0, TextField.isWord(characters[i - 1]) { i -= 1 }
        return i
    }

    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count, !TextField.isWord(characters[i]) { i += 1 }
        while i < characters.count, TextField.isWord(characters[i]) { i += 1 }
        return i
    }

    private static func clean(_ text: String) -> String {
        var flat = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": flat.unicodeScalars.append(" ")
            default: flat.unicodeScalars.append(scalar)
            }
        }
        return SafeText.sanitize(flat)
    }
}
