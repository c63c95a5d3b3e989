/// The first visible row of a scrolling list: it stays put while the selection is in view and moves by at least half a
/// page when the selection leaves it, so most cursor moves redraw two rows rather than the whole list.
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

    /// The offset that keeps `selected` in view, starting from `currentOffset`; never past the end.
    ///
    /// While the selection is in view nothing moves. When it steps past an edge the list scrolls by half a page
    /// (the selection lands near the middle), so stepping through a long list scrolls once every half page instead of
    /// on every move; a jump further than that (a page, the end) scrolls just far enough to show the selection.
    public static func offset(selected: Int?, currentOffset: Int, visibleRows: Int, count: Int, margin: Int = 0) -> Int {
        guard visibleRows > 0, count > visibleRows else { return 0 }
        let maxOffset = count - visibleRows
        var offset = min(max(0, currentOffset), maxOffset)
        guard let selected else { return offset }
        let target = min(max(0, selected), count - 1)
        let pad = min(max(0, margin), (visibleRows - 1) / 2)
        let halfPage = (visibleRows + 1) / 2
        if target < offset + pad {
            // Up: at least half a page, but never so far that the selection falls off the bottom.
            offset = max(min(target - pad, offset - halfPage), target - visibleRows + 1 + pad)
        } else if target > offset + visibleRows - 1 - pad {
            offset = min(max(target - visibleRows + 1 + pad, offset + halfPage), target - pad)
        }
        return min(max(0, offset), maxOffset)
    }
}
