import Foundation
import GuildCore
import TerminalGrid

/// The "Open action items" pane: due (overdue in the error role, due within 3 days in warning), owner, title, origin session.
struct ActionsPane {
    let home: HomeState
    let context: ScreenContext

    /// Draws the pane in `rect`.
    func draw(in rect: Rect, on grid: inout Grid) {
        let lists = home.lists
        ListPaneScaffold(pane: .actions, home: home, theme: context.theme).draw(
            in: rect, on: &grid, columns: Widths.init(total:), emptyMessage: { emptyMessage },
            headings: { [("Due", $0.due), ("Owner", $0.owner), ("Action", $0.title), ("From session", $0.origin)] },
            line: { entry, line, lines, widths, width in
                lists.action(entry).map { spans($0, line: line, lines: lines, widths: widths, width: width) } ?? []
            })
    }

    private var emptyMessage: [String] {
        let filter = home.cursor(.actions).filter
        if home.actionsOwner != nil {
            let again = context.keyName(.actionMine) + " shows everyone's."
            return filter.isEmpty ? ["You have no open action items. ✓", again] : ["None of your open action items matches “\(filter)”.", again]
        }
        if !filter.isEmpty { return ["No open action item matches “\(filter)”.", context.keyName(.viewBack) + " clears the filter."] }
        if context.data.actions.isEmpty {
            return ["No action items yet.", context.keyName(.actionQuickAdd) + " adds one here, or `guild add action \"Title\" --owner noah --due fri`."]
        }
        return ["All action items are done. ✓", context.keyName(.actionQuickAdd) + " adds a new one (from a session's detail view it is linked to that session)."]
    }

    private struct Widths {
        let due = 11
        let owner: Int
        let title: Int
        let origin: Int

        init(total: Int) {
            owner = total >= 130 ? 20 : total >= 100 ? 16 : 11
            let rest = max(8, total - due - 1 - owner - 1 - 1)
            origin = max(4, rest * 2 / 5)
            title = max(4, rest - origin)
        }
    }

    private func spans(_ item: ActionItem, line: Int, lines: Int, widths: Widths, width: Int) -> [Span] {
        let theme = context.theme
        let due = DateText.due(item.due, today: context.today)
        let owner = context.data.name(of: item.owner)
        let origin = item.sessionID.map { context.data.sessions[$0]?.title ?? "(removed session)" } ?? "—"
        let originStyle = theme.style(item.sessionID == nil ? .muted : .text)
        if lines == 1 {
            return [
                RowList.cell(due.text, widths.due, theme.style(due.role)), Span(" "),
                RowList.cell(PersonName.fit(owner, width: widths.owner), widths.owner), Span(" "),
                RowList.cell(item.title, widths.title), Span(" "), RowList.cell(origin, widths.origin, originStyle),
            ]
        }
        if line == 0 {
            return [RowList.cell(due.text, widths.due, theme.style(due.role)), Span(" "), Span(SafeText.sanitize(item.title))]
        }
        // The second line is the card's detail, all in the muted role: one colour change instead of four.
        let muted = theme.style(.muted)
        var spans = [Span(String(repeating: " ", count: widths.due + 1)), Span(SafeText.sanitize(owner), style: muted)]
        if item.sessionID != nil { spans += [Span(" · from ", style: muted), Span(SafeText.sanitize(origin), style: muted)] }
        if spans.width > width { spans[1] = Span(PersonName.fit(owner, width: 12), style: muted) }
        return spans
    }
}
