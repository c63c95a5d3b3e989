/// A grid as a backend sends it: each cell with the style it is drawn in, blanks quieted (`Grid.withQuietBlanks`),
/// and the cells to send to bring a terminal from one frame to the next.
///
/// Built once per frame over every cell of the screen, so it keeps the styles in a plain array beside the grid rather
/// than copying the grid's cells.
public struct OutputFrame: Sendable {
    public let grid: Grid
    /// The style each cell is drawn in, row by row.
    public let styles: [Style]

    /// The frame for `grid`.
    public init(_ grid: Grid) {
        self.grid = grid
        self.styles = OutputFrame.styles(of: grid)
    }

    /// The cells to write so that a terminal showing `previous` shows this frame, each in the style it is drawn in:
    /// every cell when there is no previous frame or its size differs; continuation cells never (their glyph covers them).
    public func changes(since previous: OutputFrame?) -> [CellChange] {
        var changes: [CellChange] = []
        let size = grid.size
        let before = previous.flatMap { $0.grid.size == size ? $0 : nil }
        let compares = before != nil
        let beforeCells = before?.grid.cells ?? [], beforeStyles = before?.styles ?? []
        grid.cells.withUnsafeBufferPointer { cells in
            styles.withUnsafeBufferPointer { styles in
                beforeCells.withUnsafeBufferPointer { beforeCells in
                    beforeStyles.withUnsafeBufferPointer { beforeStyles in
                        for y in 0..<size.height {
                            let start = y * size.width
                            for x in 0..<size.width {
                                let i = start + x
                                if cells[i].isContinuation { continue }
                                if compares, beforeStyles[i].isSame(as: styles[i]), !beforeCells[i].isContinuation,
                                   beforeCells[i].grapheme == cells[i].grapheme { continue }
                                changes.append(CellChange(x: x, y: y, cell: Cell(cells[i].grapheme, style: styles[i])))
                            }
                        }
                    }
                }
            }
        }
        return changes
    }

    /// The drawn style of each cell of `grid`: its own, or for a quiet blank its left neighbour's.
    static func styles(of grid: Grid) -> [Style] {
        let size = grid.size
        let count = size.width * size.height
        guard count > 0 else { return [] }
        let showsForeground = TextAttributes.underline.rawValue | TextAttributes.reverse.rawValue
        return [Style](unsafeUninitializedCapacity: count) { styles, initialized in
            grid.cells.withUnsafeBufferPointer { cells in
                for y in 0..<size.height {
                    let start = y * size.width
                    styles[start] = cells[start].style
                    for i in start + 1..<start + size.width {
                        let own = cells[i].style
                        let left = styles[i - 1]
                        // Cheapest tests first: most cells share their neighbour's style, or show their foreground.
                        if !left.isSame(as: own), left.bg.packed == own.bg.packed,
                           (left.attributes.rawValue | own.attributes.rawValue) & showsForeground == 0,
                           !cells[i].isContinuation, cells[i].grapheme == " ", !isDrawing(cells[i - 1].grapheme) {
                            styles[i] = left
                        } else {
                            styles[i] = own
                        }
                    }
                }
            }
            initialized = count
        }
    }

    // Box drawing and block elements: borders and bars, which pass no style on to the blanks after them.
    private static func isDrawing(_ grapheme: Character) -> Bool {
        guard let scalar = grapheme.unicodeScalars.first else { return false }
        return (0x2500...0x259F).contains(scalar.value)
    }
}
