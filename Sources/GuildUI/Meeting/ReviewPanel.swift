import GuildCore
import TerminalGrid

/// The opening review: open action items from earlier meetings of the series or community, each marked done, carried over or dropped.
struct ReviewPanel {
    let state: MeetingState

    func draw(in rect: Rect, on grid: inout Grid) {
        let theme = state.theme
        let decided = state.reviewOutcomes.count
        PaneFrame(title: "Opening review · open action items from earlier meetings", info: [Span("\(decided) of \(state.review.count) reviewed")],
                  isFocused: true).draw(in: rect, on: &grid, theme: theme)
        let inner = Box.inner(of: rect).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        let hint: [Span] = [Span("d", style: theme.style(.statusKey)), Span(" done  "), Span("c", style: theme.style(.statusKey)),
                            Span(" carry over  "), Span("x", style: theme.style(.statusKey)), Span(" drop  "),
                            Span("→", style: theme.style(.statusKey)), Span(" on to the agenda")]
        grid.put(spans: hint.map { Span($0.text, style: theme.style(.text).patched(by: $0.style)) }.truncated(toWidth: inner.width),
                 x: inner.x, y: inner.y, maxWidth: inner.width)
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2))
        let today = state.today
        let ownerWidth = min(14, max(6, list.width / 6))
        let dueWidth = 12
        let lines: [[Span]] = state.review.map { original in
            let item = state.data.actions[original.id] ?? original
            let mark = MeetingRender.mark(state.reviewOutcomes[item.id])
            let owner = item.owner.flatMap { state.data.people[$0] }.map { "@" + $0.handle } ?? "—"
            let due = DateText.due(item.due, today: today)
            let titleWidth = max(4, list.width - 4 - ownerWidth - dueWidth - 2)
            return [Span(mark.text + " ", style: theme.style(mark.role)), RowList.cell(item.title, titleWidth), Span(" "),
                    RowList.cell(owner, ownerWidth, theme.style(.title)), Span(" "),
                    RowList.cell(due.text, dueWidth, theme.style(due.role))]
        }
        let window = MeetingText.window(count: lines.count, visible: list.height, selected: state.reviewRow)
        MeetingText.draw(Array(lines[window]), in: list, on: &grid, base: theme.style(.text), selection: theme.style(.selection),
                         selected: state.reviewRow - window.lowerBound)
    }
}
