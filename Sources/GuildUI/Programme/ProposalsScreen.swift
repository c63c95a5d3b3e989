import Foundation
import GuildCore
import TerminalGrid

/// The agenda proposals screen's lines: each coming meeting with its proposals ordered by votes (dots and count, the
/// timebox asked for, who proposed it, whether it is on the agenda), the proposal under the cursor highlighted.
/// Every stored text is sanitised.
struct ProposalsScreen {
    let context: ScreenContext
    let state: ProposalsState

    private var theme: Theme { context.theme }
    private var muted: Style { theme.style(.muted) }

    /// The widest run of dots drawn beside a count.
    static let dotColumns = 6

    /// Every line of the screen (`width` cells wide) and the line of the proposal under the cursor.
    func lines(width: Int) -> (lines: [[Span]], selectedLine: Int?) {
        var lines: [[Span]] = []
        var selectedLine: Int?
        let selectedID = state.selection?.entry.id
        if state.meetings.isEmpty {
            lines.append([Span("No meeting is planned. Proposals are for a coming session: add one first (n in Upcoming sessions).", style: muted)])
        }
        for meeting in state.meetings {
            if !lines.isEmpty { lines.append([]) }
            lines.append(heading(meeting))
            let record = meeting.board.meeting.record(in: context.data) ?? meeting.occurrence.session
            let planned = record.agendaMinutes
            lines.append([Span("  Agenda: \(record.agenda.count) item\(record.agenda.count == 1 ? "" : "s"), \(planned) of \(record.durationMinutes) min planned"
                + " · \(meeting.board.dotsPerPerson) dots each", style: planned > record.durationMinutes ? theme.style(.warning) : muted)])
            if meeting.board.entries.isEmpty {
                lines.append([Span("  No proposals yet: guild propose \"TEXT\" from any terminal.", style: muted)])
            }
            for entry in meeting.board.entries {
                if entry.id == selectedID { selectedLine = lines.count }
                lines.append(row(entry, selected: entry.id == selectedID, width: width))
            }
        }
        lines.append([])
        lines.append([Span("\(acceptKey) accepts the proposal under the cursor into its meeting's agenda, "
            + "with its minutes as the timebox; \(context.keyName(.editUndo)) undoes.", style: muted)])
        lines.append([Span("Propose and vote from any terminal: guild propose \"TEXT\", guild vote \"WORDS\".", style: muted)])
        return (lines, selectedLine)
    }

    /// The key that accepts a proposal, as the keymap has it.
    private var acceptKey: String {
        context.keymap.binding(ProgrammeCommand.acceptProposal.rawValue)?.keys.first?.displayName ?? ProgrammeCommand.acceptProposal.rawValue
    }

    private func heading(_ meeting: ProposalsState.Meeting) -> [Span] {
        let occurrence = meeting.occurrence
        let when = DateText.full(occurrence.start, calendar: context.calendar)
        let count = meeting.board.entries.count
        return [Span(SafeText.sanitize(occurrence.session.title), style: theme.style(.title)),
                Span("  " + when + " · \(count) proposal\(count == 1 ? "" : "s")", style: muted)]
    }

    /// "  @zoe", or nothing when nobody in particular proposed it.
    private func proposer(of proposal: AgendaProposal) -> String {
        proposal.proposedBy.flatMap { context.data.people[$0] }.map { "  @" + SafeText.sanitize($0.handle) } ?? ""
    }

    /// The proposers' column: as wide as the widest (at most 24 cells), so every row's handle starts at one column.
    private var whoWidth: Int {
        min(24, state.meetings.flatMap(\.board.entries).map { DisplayWidth.of(proposer(of: $0.proposal)) }.max() ?? 0)
    }

    private func row(_ entry: ProposalBoard.Entry, selected: Bool, width: Int) -> [Span] {
        let proposal = entry.proposal
        let base = selected ? theme.style(.selection) : theme.style(.text)
        let marker = selected ? "  ▸ " : "    "
        let count = String(entry.votes)
        let votes = String(repeating: " ", count: max(0, 3 - count.count)) + count + " "
        let shown = min(entry.votes, Self.dotColumns)
        let dots = String(repeating: "●", count: shown) + (entry.votes > Self.dotColumns ? "+" : " ") + String(repeating: " ", count: Self.dotColumns - shown)
        let who = ChartLines.fit(proposer(of: proposal), whoWidth)
        let minutes = String(proposal.minutes)
        let timebox = String(repeating: " ", count: max(0, 3 - minutes.count)) + minutes + " min  "
        let status = entry.accepted ? "  ✓ on the agenda" : ""
        let fixed = DisplayWidth.of(marker + votes + dots + timebox) + 1
        let titleWidth = max(8, width - fixed - DisplayWidth.of(who + status))
        var spans = [Span(marker, style: base), Span(votes, style: base.patched(by: Style(attributes: .bold))),
                     Span(dots, style: selected ? base : theme.style(.accent)), Span(" ", style: base),
                     Span(timebox, style: selected ? base : muted),
                     Span(ChartLines.fit(proposal.title, titleWidth), style: base), Span(who, style: selected ? base : muted)]
        if entry.accepted { spans.append(Span(status, style: selected ? base : theme.style(.success))) }
        let used = spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
        if selected, used < width { spans.append(Span(String(repeating: " ", count: width - used), style: base)) }
        return spans
    }
}
