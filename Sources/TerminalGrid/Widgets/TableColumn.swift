/// One column of a `Table`: its header, how wide it may be, and how its cells are aligned.
public struct TableColumn: Hashable, Sendable {
    /// How a column's width is chosen.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// At least this many, growing by weight 1 into spare room.
        case min(Int)
        /// At least `min`, growing by `weight` into spare room.
        case flex(weight: Int, min: Int)

        /// The width before spare room is shared out.
        public var base: Int {
            switch self {
            case .fixed(let n), .min(let n): return Swift.max(0, n)
            case .flex(_, let n): return Swift.max(0, n)
            }
        }

        /// The share of spare room this column takes.
        public var weight: Int {
            switch self {
            case .fixed: return 0
            case .min: return 1
            case .flex(let w, _): return Swift.max(0, w)
            }
        }
    }

    public var title: String
    public var width: Width
    public var alignment: TextAlignment

    /// Creates a column.
    public init(_ title: String, width: Width, alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
