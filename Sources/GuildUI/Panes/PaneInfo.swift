import TerminalGrid

/// The short status in a pane's top edge: the kept filter and the position ("/kafka · 2 of 25", "3 of 25").
enum PaneInfo {
    /// Spans for `pane`: the filter (while kept or typed) and "row of count".
    static func spans(for pane: PaneID, in state: AppState) -> [Span] {
        let cursor = state.cursor(pane)
        let count = state.itemCount(pane)
        var spans: [Span] = []
        let typing = state.focus == pane && state.filterField != nil
        if !cursor.filter.isEmpty || typing {
            spans.append(Span("/" + SafeText.sanitize(cursor.filter), style: state.theme.style(.accent)))
            spans.append(Span(" · "))
        }
        spans.append(Span(count == 0 ? "0" : "\(cursor.row + 1) of \(count)"))
        return spans
    }
}
