/// One terminal column: a grapheme and its style, or the right half of a wide glyph.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown; a space for continuation cells.
    public var grapheme: Character
    public var style: Style
    /// True for the column right of a two-column glyph: it prints nothing of its own.
    public internal(set) var isContinuation: Bool

    /// Creates a normal (non-continuation) cell.
    public init(_ grapheme: Character = " ", style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = false
    }

    /// A space in the plain style.
    public static let blank = Cell()

    static func continuation(style: Style) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        return cell
    }
}
