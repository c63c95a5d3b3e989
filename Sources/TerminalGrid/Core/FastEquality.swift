// Cell-by-cell comparisons for the per-frame passes (diff, quiet blanks): the synthesized `==` on Style and Cell
// goes through each enum case and costs several times more, and a frame compares every cell of the screen.

extension Color {
    /// The colour in one number: the case in the top byte, its values below.
    @inline(__always) var packed: UInt32 {
        switch self {
        case .default: return 0
        case .ansi(let n): return 0x0100_0000 | UInt32(n)
        case .indexed(let n): return 0x0200_0000 | UInt32(n)
        case let .rgb(r, g, b): return 0x0300_0000 | UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b)
        }
    }
}

extension Style {
    /// Whether two styles are equal (the same as `==`, faster).
    @inline(__always) func isSame(as other: Style) -> Bool {
        fg.packed == other.fg.packed && bg.packed == other.bg.packed && attributes.rawValue == other.attributes.rawValue
    }
}

extension Cell {
    /// Whether two cells are equal (the same as `==`, faster).
    @inline(__always) func isSame(as other: Cell) -> Bool {
        isContinuation == other.isContinuation && style.isSame(as: other.style) && grapheme == other.grapheme
    }
}
