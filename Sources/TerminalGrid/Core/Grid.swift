/// An in-memory screen of cells that widgets draw into and a backend copies out.
///
/// Invariants: every cell holds printable text (writes are sanitized), and a two-column
/// glyph is always followed by exactly one continuation cell, so each row prints at exactly
/// `width` columns. Writes outside the grid are ignored.
public struct Grid: Hashable, Sendable, CustomStringConvertible {
    public let size: Size
    public private(set) var cells: [Cell]

    /// A grid of blank plain cells.
    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// A plain grid holding `lines`, as wide as the widest line (handy for expected screens in tests).
    public init(lines: [String]) {
        let width = lines.map { DisplayWidth.of(SafeText.sanitize($0)) }.max() ?? 0
        self.init(size: Size(width: width, height: lines.count))
        for (y, line) in lines.enumerated() { put(line, x: 0, y: y) }
    }

    /// The whole grid as a rectangle.
    public var area: Rect { Rect(size: size) }

    /// The cell at column `x`, row `y`; blank when outside. Setting goes through `put`, so it is sanitized and width-aware.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard !newValue.isContinuation else { return }
            put(String(newValue.grapheme), x: x, y: y, style: newValue.style, maxWidth: size.width)
        }
    }

    /// Writes `text` from column `x` on row `y`; returns the columns used. Clips at the grid and at `maxWidth`; a wide glyph that does not fit becomes a space.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int = .max) -> Int {
        guard y >= 0, y < size.height, maxWidth > 0, x < size.width else { return 0 }
        let limit = x + min(maxWidth, size.width - x)
        var column = x
        // Sanitised a grapheme at a time, so a long text costs what the columns it fills cost.
        for character in SafeText.sanitizedCharacters(text) {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if column + width > limit {
                if column < limit {
                    if column >= 0 { place(" ", width: 1, x: column, y: y, style: style) }
                    column += 1
                }
                break
            }
            if column >= 0 {
                place(character, width: width, x: column, y: y, style: style)
            } else if column + width > 0 {
                // The left half of a wide glyph is off-grid: show a space in the visible half.
                place(" ", width: 1, x: 0, y: y, style: style)
            }
            column += width
        }
        return max(0, column - x)
    }

    /// Writes styled spans one after another; returns the columns used.
    @discardableResult
    public mutating func put(spans: [Span], x: Int, y: Int, maxWidth: Int = .max) -> Int {
        var used = 0
        for span in spans {
            guard used < maxWidth else { break }
            used += put(span.text, x: x + used, y: y, style: span.style, maxWidth: maxWidth - used)
        }
        return used
    }

    /// Writes `text` aligned inside a one-row `rect` (clipped to it); returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, in rect: Rect, alignment: TextAlignment, style: Style = .plain) -> Int {
        guard !rect.isEmpty else { return 0 }
        let cut = TextLayout.truncate(SafeText.sanitize(text), toWidth: rect.width)
        let width = DisplayWidth.of(cut)
        let offset: Int
        switch alignment {
        case .left: offset = 0
        case .center: offset = (rect.width - width) / 2
        case .right: offset = rect.width - width
        }
        return put(cut, x: rect.x + offset, y: rect.y, style: style, maxWidth: rect.width - offset)
    }

    /// Blanks every cell of `rect` and gives it `style`.
    public mutating func fill(_ rect: Rect, with style: Style = .plain) {
        fill(rect, with: " ", style: style)
    }

    /// Sets every cell of `rect` to `character` in `style` (a wide character is repeated every two columns).
    public mutating func fill(_ rect: Rect, with character: Character, style: Style) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        let width = max(1, DisplayWidth.of(character))
        let run = String(repeating: String(character), count: clipped.width / width)
            + String(repeating: " ", count: clipped.width % width)
        for y in clipped.y..<clipped.maxY {
            put(run, x: clipped.x, y: y, style: style, maxWidth: clipped.width)
        }
    }

    /// Gives every cell of `rect` `style`, keeping its text.
    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { cells[y * size.width + x].style = style }
        }
    }

    /// Overlays `style` on every cell of `rect` (see `Style.patched(by:)`), keeping its text.
    public mutating func patchStyle(_ rect: Rect, _ style: Style) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                let i = y * size.width + x
                cells[i].style = cells[i].style.patched(by: style)
            }
        }
    }

    /// Plain-text rows, each exactly `width` columns wide (trailing spaces kept).
    public func lines() -> [String] {
        (0..<size.height).map(line)
    }

    /// One plain-text row; continuation cells add nothing, so the row prints at `width` columns.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var text = ""
        let start = y * size.width
        for cell in cells[start..<start + size.width] where !cell.isContinuation {
            text.append(cell.grapheme)
        }
        return text
    }

    /// The rows joined by newlines.
    public var description: String { lines().joined(separator: "\n") }

    /// Cells that differ from `previous` (all cells when the sizes differ), skipping continuation cells since their glyph covers them.
    public func diff(from previous: Grid) -> [CellChange] {
        var changes: [CellChange] = []
        let sameSize = previous.size == size
        cells.withUnsafeBufferPointer { cells in
            previous.cells.withUnsafeBufferPointer { before in
                for y in 0..<size.height {
                    let start = y * size.width
                    for x in 0..<size.width {
                        let cell = cells[start + x]
                        if sameSize && before[start + x].isSame(as: cell) { continue }
                        if cell.isContinuation { continue }
                        changes.append(CellChange(x: x, y: y, cell: cell))
                    }
                }
            }
        }
        return changes
    }

    /// This grid as a terminal would show it, with each blank cell's invisible style evened out: a space shows only its
    /// background (and underline or reverse, which draw in the foreground colour), so a space whose background matches
    /// its left neighbour's and that is neither underlined nor reversed takes that neighbour's whole style. The screen
    /// looks the same; a backend then switches colours only where something visible changes (see `OutputFrame`).
    ///
    /// Line and block drawing glyphs (borders, bars, U+2500–U+259F) pass nothing on: they change style with focus and
    /// selection, and the blanks beside them (an indent after a border) should not change with them.
    public func withQuietBlanks() -> Grid {
        let styles = OutputFrame.styles(of: self)
        var copy = self
        for i in copy.cells.indices { copy.cells[i].style = styles[i] }
        return copy
    }

    // Writes one glyph and repairs any wide glyph it cuts in half, keeping the row's width exact.
    private mutating func place(_ character: Character, width: Int, x: Int, y: Int, style: Style) {
        let row = y * size.width
        if cells[row + x].isContinuation, x > 0 {
            cells[row + x - 1] = Cell(" ", style: cells[row + x - 1].style)
        }
        let end = x + width
        if end < size.width, cells[row + end].isContinuation {
            cells[row + end] = Cell(" ", style: cells[row + end].style)
        }
        cells[row + x] = Cell(character, style: style)
        if width == 2 { cells[row + x + 1] = .continuation(style: style) }
    }
}
