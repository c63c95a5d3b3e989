import TerminalGrid

/// The short status in a pane's top edge: the kept filter and the position ("/kafka · 2 of 25", "3 of 25").
enum PaneInfo {
    /// Spans for `pane`: the filter (while kept or typed) and "row of count".
    static func spans(for pane: PaneID, in home: HomeState, theme: Theme) -> [Span] {
        let cursor = home.cursor(pane)
        let count = home.itemCount(pane)
        var spans: [Span] = []
        let typing = home.focus == pane && home.filterField != nil
        if pane == .actions, home.actionsOwner != nil {
            spans.append(Span("mine", style: theme.style(.accent)))
            spans.append(Span(" · "))
        }
        if !cursor.filter.isEmpty || typing {
            spans.append(Span("/" + SafeText.sanitize(cursor.filter), style: theme.style(.accent)))
            spans.append(Span(" · "))
        }
        spans.append(Span(count == 0 ? "0" : "\(cursor.row + 1) of \(count)"))
        return spans
    }
}
