import TerminalGrid

/// What the two list panes (sessions, actions) share: the frame with the position in its top edge, the geometry, the
/// empty-state help, the column header and the visible entries with the selection marker.
struct ListPaneScaffold {
    let pane: PaneID
    let home: HomeState
    let theme: Theme

    /// Draws the pane in `rect`.
    ///
    /// - Parameters:
    ///   - columns: the pane's column widths for the width entries get (the rows less the marker column).
    ///   - emptyMessage: the help shown when the list is empty (asked only then).
    ///   - headings: the column titles and widths, drawn in the header role when the pane shows one line per entry and
    ///     has room.
    ///   - line: line `index` of entry `entry` (of `lines` per entry), at most `width` columns.
    func draw<Columns>(
        in rect: Rect, on grid: inout Grid, columns: (_ width: Int) -> Columns, emptyMessage: () -> [String],
        headings: (Columns) -> [(title: String, width: Int)], line: (_ entry: Int, _ index: Int, _ lines: Int, _ columns: Columns, _ width: Int) -> [Span]
    ) {
        let lists = home.lists
        let cursor = home.cursor(pane)
        let focused = home.focus == pane
        PaneFrame(title: pane.title, info: PaneInfo.spans(for: pane, in: home, theme: theme), isFocused: focused).draw(in: rect, on: &grid, theme: theme)
        let geometry = PaneGeometry.make(pane, in: rect)
        guard lists.count(pane) > 0 else {
            RowList.drawEmpty(emptyMessage(), in: geometry.inner, on: &grid, theme: theme)
            return
        }
        let list = RowList(geometry: geometry, entryCount: lists.entryCount(pane), offset: cursor.rowOffset,
                           selectedEntry: focused ? lists.entry(ofItem: cursor.row, in: pane) : nil)
        let widths = columns(list.contentWidth)
        list.drawHeader(Self.header(headings(widths), style: theme.onText(.header)), on: &grid)
        list.draw(on: &grid, theme: theme) { entry, index, width in
            line(entry, index, geometry.linesPerEntry, widths, width)
        }
    }

    /// Column titles padded to their widths, one space apart (in the header's colours too, not the terminal's).
    private static func header(_ headings: [(title: String, width: Int)], style: Style) -> [Span] {
        var spans: [Span] = []
        for (index, heading) in headings.enumerated() {
            if index > 0 { spans.append(Span(" ", style: style)) }
            spans.append(RowList.cell(heading.title, heading.width, style))
        }
        return spans
    }
}
