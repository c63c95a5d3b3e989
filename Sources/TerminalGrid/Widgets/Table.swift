/// A table with a frozen header row and optionally frozen leading columns, scrolling both ways; only visible cells are built.
public struct Table: Widget {
    /// Where one visible column landed: which column, its x (relative to the table) and width.
    public struct Placement: Hashable, Sendable {
        public var column: Int
        public var x: Int
        public var width: Int
    }

    public var columns: [TableColumn]
    public var rowCount: Int
    public var selectedRow: Int?
    /// The highlighted column of the selected row (a matrix cursor), or nil for whole-row selection.
    public var selectedColumn: Int?
    public var rowOffset: Int
    /// The first scrollable (non-frozen) column shown.
    public var columnOffset: Int
    /// How many leading columns stay put when scrolling sideways.
    public var frozenColumns: Int
    public var columnSpacing: Int
    public var style: Style
    public var headerStyle: Style
    public var selectedStyle: Style
    public var selectedCellStyle: Style
    public var cell: (_ row: Int, _ column: Int) -> Span

    /// Creates a table; `cell(row, column)` is called only for visible cells.
    public init(
        columns: [TableColumn], rowCount: Int, selectedRow: Int? = nil, selectedColumn: Int? = nil,
        rowOffset: Int = 0, columnOffset: Int = 0, frozenColumns: Int = 0, columnSpacing: Int = 1,
        style: Style = .plain, headerStyle: Style = Style(attributes: .bold),
        selectedStyle: Style = Style(attributes: .reverse), selectedCellStyle: Style = Style(attributes: [.reverse, .bold]),
        cell: @escaping (_ row: Int, _ column: Int) -> Span
    ) {
        self.columns = columns
        self.rowCount = rowCount
        self.selectedRow = selectedRow
        self.selectedColumn = selectedColumn
        self.rowOffset = rowOffset
        self.columnOffset = columnOffset
        self.frozenColumns = frozenColumns
        self.columnSpacing = columnSpacing
        self.style = style
        self.headerStyle = headerStyle
        self.selectedStyle = selectedStyle
        self.selectedCellStyle = selectedCellStyle
        self.cell = cell
    }

    /// Rows of data that fit under the header in `height` rows.
    public static func visibleRowCount(height: Int) -> Int {
        max(0, height - 1)
    }

    /// The columns shown in `width` cells: frozen ones first, then scrollable ones from `columnOffset`, spare room shared by weight.
    public func placements(width: Int) -> [Placement] {
        Table.placements(columns: columns, frozenColumns: frozenColumns, columnOffset: columnOffset, spacing: columnSpacing, width: width)
    }

    /// True when scrollable columns are hidden to the right at this width.
    public func hasColumnsRight(width: Int) -> Bool {
        guard let last = placements(width: width).last else { return columns.count > 0 }
        return last.column < columns.count - 1
    }

    /// The column offset that brings `column` into view at `width`, moving as little as possible from `currentOffset`.
    public static func columnOffset(
        revealing column: Int, currentOffset: Int, columns: [TableColumn], frozenColumns: Int, spacing: Int = 1, width: Int
    ) -> Int {
        let frozen = min(max(0, frozenColumns), columns.count)
        var offset = min(max(frozen, currentOffset), max(frozen, columns.count - 1))
        guard column >= frozen, column < columns.count else { return offset }
        if column < offset { return column }
        while offset < column {
            let shown = placements(columns: columns, frozenColumns: frozen, columnOffset: offset, spacing: spacing, width: width)
            if shown.contains(where: { $0.column == column && $0.width >= columns[column].width.base }) { break }
            offset += 1
        }
        return offset
    }

    static func placements(columns: [TableColumn], frozenColumns: Int, columnOffset: Int, spacing: Int, width: Int) -> [Placement] {
        guard width > 0, !columns.isEmpty else { return [] }
        let frozen = min(max(0, frozenColumns), columns.count)
        let gap = max(0, spacing)
        var chosen: [(column: Int, width: Int)] = []
        var used = 0
        func take(_ index: Int) -> Bool {
            let needed = columns[index].width.base + (chosen.isEmpty ? 0 : gap)
            if used + needed <= width {
                chosen.append((index, columns[index].width.base))
                used += needed
                return true
            }
            // Nothing shown yet: show a cut-down column rather than an empty table.
            let room = width - used - (chosen.isEmpty ? 0 : gap)
            if chosen.isEmpty || (index >= frozen && !chosen.contains(where: { $0.column >= frozen })), room > 0 {
                chosen.append((index, room))
                used = width
            }
            return false
        }
        var fits = true
        for index in 0..<frozen where fits { fits = take(index) }
        if fits {
            var index = min(max(frozen, columnOffset), columns.count)
            while index < columns.count, take(index) { index += 1 }
        }
        var spare = width - used
        let weights = chosen.map { columns[$0.column].width.weight }
        let totalWeight = weights.reduce(0, +)
        var widths = chosen.map(\.width)
        if spare > 0, totalWeight > 0 {
            let share = spare
            for i in widths.indices where weights[i] > 0 {
                let part = share * weights[i] / totalWeight
                widths[i] += part
                spare -= part
            }
            var i = 0
            while spare > 0 {
                if weights[i % widths.count] > 0 {
                    widths[i % widths.count] += 1
                    spare -= 1
                }
                i += 1
            }
        }
        var x = 0
        var result: [Placement] = []
        for (i, entry) in chosen.enumerated() {
            result.append(Placement(column: entry.column, x: x, width: widths[i]))
            x += widths[i] + gap
        }
        return result
    }

    /// Draws the header and the visible rows; cell text is cut with … to its column.
    public func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let shown = placements(width: area.width)
        grid.fill(area.row(0), with: style.patched(by: headerStyle))
        for placement in shown {
            let column = columns[placement.column]
            let text = TextLayout.pad(SafeText.sanitize(column.title), toWidth: placement.width, alignment: column.alignment)
            grid.put(text, x: area.x + placement.x, y: area.y, style: style.patched(by: headerStyle), maxWidth: placement.width)
        }
        let visible = Table.visibleRowCount(height: area.height)
        guard visible > 0 else { return }
        let first = ScrollState.offset(selected: selectedRow, currentOffset: rowOffset, visibleRows: visible, count: rowCount)
        for line in 0..<visible {
            let row = first + line
            guard row < rowCount else { break }
            let isSelected = row == selectedRow
            let rowStyle = isSelected ? style.patched(by: selectedStyle) : style
            let y = area.y + 1 + line
            grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: rowStyle)
            for placement in shown {
                let span = cell(row, placement.column)
                var cellStyle = style.patched(by: span.style)
                if isSelected {
                    cellStyle = cellStyle.patched(by: selectedColumn == placement.column ? selectedCellStyle : selectedStyle)
                }
                let text = TextLayout.pad(SafeText.sanitize(span.text), toWidth: placement.width, alignment: columns[placement.column].alignment)
                grid.put(text, x: area.x + placement.x, y: y, style: cellStyle, maxWidth: placement.width)
            }
        }
    }
}
