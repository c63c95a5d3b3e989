import GuildCore
import TerminalGrid

/// The wrap-up summary: decisions, action items with owners and due dates, learnings, time used against planned,
/// the anonymous rating, and who facilitates and takes notes next time. After finishing, where the minutes went.
struct WrapUpPanel {
    let state: MeetingState

    func draw(in rect: Rect, on grid: inout Grid) {
        let theme = state.theme
        let finished = state.step == .finished
        let width = max(20, rect.width - 4)
        PaneFrame(title: finished ? "Meeting finished" : "Wrap-up", isFocused: true).draw(in: rect, on: &grid, theme: theme)
        let inner = Box.inner(of: rect).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        let footer = footerLines(finished: finished)
        let body = bodyLines(width: width)
        let bodyRect = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - footer.count - 1))
        MeetingText.draw(body, in: bodyRect, on: &grid, base: theme.style(.text))
        let footerRect = Rect(x: inner.x, y: inner.maxY - min(footer.count, inner.height), width: inner.width, height: min(footer.count, inner.height))
        MeetingText.draw(footer, in: footerRect, on: &grid, base: theme.style(.text))
    }

    private func heading(_ text: String, _ count: Int) -> [Span] {
        [Span(text, style: state.theme.style(.title)), Span(" (\(count))", style: state.theme.style(.muted))]
    }

    /// Summary sections; each lists a few entries and says how many more there are.
    func bodyLines(width: Int) -> [[Span]] {
        let theme = state.theme
        let data = state.data
        var lines: [[Span]] = []
        let timer = state.timer
        lines.append([Span("Time used ", style: theme.style(.title)), Span(TimerText.elapsed(timer.usedTotal)),
                      Span(" of \(TimerText.elapsed(timer.plannedTotal)) planned", style: theme.style(.muted))])
        for (index, slot) in timer.slots.enumerated() {
            let role: ThemeRole = slot.usedSeconds > slot.plannedSeconds ? MeetingRender.role(slot.phase) : .text
            lines.append([Span("  \(index + 1) ", style: theme.style(.muted)), RowList.cell(slot.title, max(8, width - 20)),
                          Span(" " + TimerText.elapsed(slot.usedSeconds), style: theme.style(role)),
                          Span(" / " + TimerText.elapsed(slot.plannedSeconds), style: theme.style(.muted))])
        }
        let notes = state.notes.filter { !ParkingLot.isParked($0) }
        func section(_ title: String, _ entries: [[Span]]) {
            guard !entries.isEmpty else { return }
            lines.append([])
            lines.append(heading(title, entries.count))
            lines.append(contentsOf: entries.prefix(6).map { [Span("  • ", style: theme.style(.accent))] + $0 })
            if entries.count > 6 { lines.append([Span("    … and \(entries.count - 6) more in the minutes", style: theme.style(.muted))]) }
        }
        section("Decisions", notes.filter { $0.kind == .decision }.map { [Span(SafeText.sanitize($0.text))] })
        section("Action items", state.meetingActions.map { item in
            let owner = item.owner.flatMap { data.people[$0] }.map { "@\($0.handle) (\($0.name))" } ?? "no owner"
            return [Span(SafeText.sanitize(item.title)), Span(" — " + SafeText.sanitize(owner), style: theme.style(.title)),
                    Span(item.due.map { ", due \($0)" } ?? ", no due date", style: theme.style(.muted))]
        })
        section("Learnings", notes.filter { $0.kind == .learning }.map { [Span(SafeText.sanitize($0.text))] })
        section("Parking lot", state.parked.map { [Span(SafeText.sanitize(ParkingLot.title(of: $0)))] })
        return lines
    }

    private func footerLines(finished: Bool) -> [[Span]] {
        let theme = state.theme
        let key = theme.style(.statusKey)
        func name(_ command: MeetingCommand) -> String { state.keymap.firstKeyName(command.rawValue) }
        if finished && state.role == .notes {
            return [[Span("Wrapped up on the shared screen · ", style: theme.style(.muted)),
                     Span("guild export minutes \(state.session.id.uuidString.lowercased().prefix(8))", style: key)],
                    [Span(name(.leave), style: key), Span(" leaves the meeting screen")]]
        }
        if finished {
            let path = state.minutesPath.map { [Span("Minutes written to "), Span($0, style: theme.style(.success))] }
                ?? [Span("Writing the minutes…", style: theme.style(.muted))]
            return [path, [Span("Export them with "), Span("guild export minutes \(state.session.id.uuidString.lowercased().prefix(8))", style: key)],
                    [Span(name(.leave), style: key), Span(" leaves the meeting screen")]]
        }
        var lines: [[Span]] = []
        let votes = state.allRatings.count
        lines.append([Span("Rating ", style: theme.style(.title)), Span(name(.rate1), style: key), Span("–"), Span(name(.rate5), style: key),
                      Span(" one key each, anonymous · \(votes) vote\(votes == 1 ? "" : "s")", style: theme.style(.muted))])
        lines.append([Span(name(.unrate), style: key), Span(" undoes a vote · ", style: theme.style(.muted)),
                      Span("guild rate-meeting N", style: key), Span(" elsewhere", style: theme.style(.muted))])
        if let next = state.nextRotation {
            lines.append([Span("Next time ", style: theme.style(.title)), Span("facilitator "),
                          Span(SafeText.sanitize(state.data.name(of: next.facilitator)), style: theme.style(.accent)),
                          Span("  " + name(.skipFacilitator), style: key), Span(" skip", style: theme.style(.muted))])
            lines.append([Span("          note-taker "), Span(SafeText.sanitize(state.data.name(of: next.noteTaker)), style: theme.style(.accent)),
                          Span("  " + name(.skipNoteTaker), style: key), Span(" skip  ", style: theme.style(.muted)), Span(name(.swapRoles), style: key),
                          Span(" swap", style: theme.style(.muted))])
        }
        lines.append([Span(name(.finish), style: key), Span(" minutes and finish  "), Span(name(.promoteTopic), style: key),
                      Span(" parked → topic  "), Span(name(.backToAgenda), style: key), Span(" back")])
        return lines
    }
}
