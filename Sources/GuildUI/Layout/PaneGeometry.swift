import TerminalGrid

/// The parts of one pane: border, column header, the rows where entries go, and (matrix) the coverage row.
struct PaneGeometry: Equatable {
    let outer: Rect
    let inner: Rect
    /// The column-header row (empty when there is no room for it).
    let header: Rect
    /// Where entries are drawn.
    let rows: Rect
    /// The matrix's coverage row (empty for lists or when there is no room).
    let footer: Rect
    /// Lines each entry takes: 1 in wide list panes, 2 ("cards") in narrow ones.
    let linesPerEntry: Int

    /// Inner widths from which list panes show one line per item.
    static let oneLineWidth = 76

    /// How many entries fit.
    var visibleEntries: Int { rows.height / max(1, linesPerEntry) }

    /// The geometry of `pane` drawn in `outer`.
    static func make(_ pane: PaneID, in outer: Rect) -> PaneGeometry {
        let inner = outer.width >= 2 && outer.height >= 2 ? outer.inset(by: 1) : Rect(x: outer.x, y: outer.y, width: 0, height: 0)
        switch pane {
        case .sessions, .actions:
            let lines = inner.width >= oneLineWidth ? 1 : 2
            let hasHeader = lines == 1 && inner.height >= 6
            let header = hasHeader ? inner.row(0) : Rect(x: inner.x, y: inner.y, width: inner.width, height: 0)
            let rows = inner.inset(top: hasHeader ? 1 : 0)
            let footer = Rect(x: inner.x, y: inner.maxY, width: inner.width, height: 0)
            return PaneGeometry(outer: outer, inner: inner, header: header, rows: rows, footer: footer, linesPerEntry: lines)
        case .matrix:
            let hasHeader = inner.height >= 2
            let hasFooter = inner.height >= 4
            let header = hasHeader ? inner.row(0) : Rect(x: inner.x, y: inner.y, width: inner.width, height: 0)
            let footer = hasFooter ? inner.row(inner.height - 1) : Rect(x: inner.x, y: inner.maxY, width: inner.width, height: 0)
            let rows = inner.inset(top: hasHeader ? 1 : 0, bottom: hasFooter ? 1 : 0)
            return PaneGeometry(outer: outer, inner: inner, header: header, rows: rows, footer: footer, linesPerEntry: 1)
        }
    }
}
