import GuildCore
import TerminalGrid

/// The top line: LIVE (or NOTES) and the session, who facilitates and takes notes, the clock state and the time of day.
struct MeetingTitleBar {
    let state: MeetingState

    func draw(in rect: Rect, on grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let theme = state.theme
        let bar = theme.onText(.titleBar)
        grid.fill(rect, with: bar)
        let badge: Span
        switch (state.step, state.role) {
        case (.finished, _): badge = Span(" DONE ", style: MeetingRender.chip(.success, theme: theme))
        case (_, .notes): badge = Span(" NOTES ", style: MeetingRender.chip(.accent, theme: theme))
        default: badge = Span(" ● LIVE ", style: MeetingRender.chip(.error, theme: theme))
        }
        let session = state.session
        var left = [badge, Span(" "), Span(SafeText.sanitize(session.title), style: bar.adding(.bold)),
                    Span(" · " + DateText.relative(session.start, now: state.now, calendar: state.calendar))]
        let roles = "  facilitator \(state.data.name(of: session.facilitator)) · notes \(state.data.name(of: session.noteTaker))"
        left.append(Span(roles))
        var right: [Span] = []
        if state.isFollowing, state.step != .finished, let slot = state.timer.current {
            let role = MeetingRender.role(slot.phase)
            right.append(Span(state.timer.isRunning ? "▶ " : "⏸ ", style: bar))
            right.append(Span(" " + TimerText.clock(slot.remaining) + " ", style: MeetingRender.chip(role, theme: theme)))
            right.append(Span("  "))
        }
        right.append(Span(DateText.time(state.now, calendar: state.calendar) + " "))
        let rightWidth = right.width
        let room = max(0, rect.width - rightWidth - 1)
        // Phase colours are chosen against the screen, not the bar: the badge and the clock stand as chips of screen background.
        grid.put(spans: left.map { Span($0.text, style: bar.patched(by: $0.style)) }.truncated(toWidth: room), x: rect.x, y: rect.y, maxWidth: room)
        if rect.width > rightWidth {
            grid.put(spans: right.map { Span($0.text, style: bar.patched(by: $0.style)) }, x: rect.maxX - rightWidth, y: rect.y, maxWidth: rightWidth)
        }
    }
}
