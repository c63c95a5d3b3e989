/// A scrolling list that builds only its visible rows, so drawing costs the same for ten items or a million.
public struct ListView: Widget {
    public var count: Int
    public var selected: Int?
    public var offset: Int
    public var style: Style
    public var selectedStyle: Style
    /// Drawn before the selected row (for example "▶ "); other rows get the same width of spaces.
    public var highlightSymbol: String
    public var rowBuilder: (Int) -> [Span]

    /// Creates a list whose row `i` is built by `rowBuilder(i)`, called only for visible rows.
    public init(
        count: Int, selected: Int? = nil, offset: Int = 0, style: Style = .plain,
        selectedStyle: Style = Style(attributes: .reverse), highlightSymbol: String = "",
        rowBuilder: @escaping (Int) -> [Span]
    ) {
        self.count = count
        self.selected = selected
        self.offset = offset
        self.style = style
        self.selectedStyle = selectedStyle
        self.highlightSymbol = highlightSymbol
        self.rowBuilder = rowBuilder
    }

    /// Creates a list of plain-text rows.
    public init(
        count: Int, selected: Int? = nil, offset: Int = 0, style: Style = .plain,
        selectedStyle: Style = Style(attributes: .reverse), highlightSymbol: String = "",
        text: @escaping (Int) -> String
    ) {
        self.init(
            count: count, selected: selected, offset: offset, style: style, selectedStyle: selectedStyle,
            highlightSymbol: highlightSymbol, rowBuilder: { [Span(text($0))] })
    }

    /// The offset actually used for `visibleRows`: `offset` moved to keep the selection visible.
    public func effectiveOffset(visibleRows: Int) -> Int {
        ScrollState.offset(selected: selected, currentOffset: offset, visibleRows: visibleRows, count: count)
    }

    /// The item index at row `y` of `area` (for mouse clicks), or nil.
    public func index(atRow y: Int, in area: Rect) -> Int? {
        guard y >= area.y, y < area.maxY else { return nil }
        let index = effectiveOffset(visibleRows: area.height) + (y - area.y)
        return index < count ? index : nil
    }

    /// Draws the visible rows; the selected row is filled with `selectedStyle` laid over each span's style.
    public func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let first = effectiveOffset(visibleRows: area.height)
        let symbolWidth = DisplayWidth.of(highlightSymbol)
        for row in 0..<area.height {
            let index = first + row
            guard index < count else { break }
            let isSelected = index == selected
            let rowStyle = isSelected ? style.patched(by: selectedStyle) : style
            let rowArea = area.row(row)
            grid.fill(rowArea, with: rowStyle)
            var x = area.x
            if symbolWidth > 0 {
                if isSelected { grid.put(highlightSymbol, x: x, y: rowArea.y, style: rowStyle, maxWidth: area.width) }
                x += symbolWidth
            }
            let room = area.maxX - x
            guard room > 0 else { continue }
            let spans = rowBuilder(index).map { span in
                Span(span.text, style: isSelected ? style.patched(by: span.style).patched(by: selectedStyle) : style.patched(by: span.style))
            }
            grid.put(spans: spans.truncated(toWidth: room), x: x, y: rowArea.y, maxWidth: room)
        }
    }
}
