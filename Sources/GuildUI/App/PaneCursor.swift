/// Where one pane is: the selected row (and matrix column), how far it is scrolled, and its kept filter.
public struct PaneCursor: Sendable, Equatable {
    /// The selected item, an index into the pane's filtered list.
    public var row: Int = 0
    /// The selected skill column (matrix only).
    public var column: Int = 0
    /// The first visible entry (list entries include the "Later" separator).
    public var rowOffset: Int = 0
    /// The first visible skill column (matrix only).
    public var columnOffset: Int = 0
    /// The filter text; empty when the pane is not filtered.
    public var filter: String = ""

    /// A cursor at the top, unfiltered.
    public init() {}
}
