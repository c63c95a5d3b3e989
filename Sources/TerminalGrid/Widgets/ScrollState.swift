/// The first visible row of a scrolling list, moved just enough to keep the selection in view.
public struct ScrollState: Hashable, Sendable {
    public var offset: Int

    /// Creates a scroll position.
    public init(offset: Int = 0) {
        self.offset = offset
    }

    /// Moves `offset` so that `selected` is visible, at least `margin` rows from either edge when possible.
    public mutating func reveal(_ selected: Int?, visibleRows: Int, count: Int, margin: Int = 0) {
        offset = ScrollState.offset(selected: selected, currentOffset: offset, visibleRows: visibleRows, count: count, margin: margin)
    }

    /// The offset that keeps `selected` in view, starting from `currentOffset` and moving as little as possible; never past the end.
    public static func offset(selected: Int?, currentOffset: Int, visibleRows: Int, count: Int, margin: Int = 0) -> Int {
        guard visibleRows > 0, count > visibleRows else { return 0 }
        let maxOffset = count - visibleRows
        var offset = min(max(0, currentOffset), maxOffset)
        guard let selected else { return offset }
        let target = min(max(0, selected), count - 1)
        let pad = min(max(0, margin), (visibleRows - 1) / 2)
        if target < offset + pad { offset = target - pad }
        if target > offset + visibleRows - 1 - pad { offset = target - visibleRows + 1 + pad }
        return min(max(0, offset), maxOffset)
    }
}
