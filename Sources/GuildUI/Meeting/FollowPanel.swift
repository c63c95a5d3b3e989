import GuildCore
import TerminalGrid

/// The note-taker's view of the meeting as the shared screen runs it: the item on now with its time left and
/// extensions, then the speaker, their turn's time left and how far the round has got.
struct FollowPanel {
    let state: MeetingState

    /// Rows the panel needs (a frame around two lines).
    static let height = 4

    func draw(in rect: Rect, on grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let theme = state.theme
        let timer = state.timer
        guard let slot = timer.current else {
            PaneFrame(title: "Now", isFocused: false).draw(in: rect, on: &grid, theme: theme)
            MeetingText.draw([[Span("No agenda", style: theme.style(.muted))]], in: Box.inner(of: rect).inset(left: 1), on: &grid, base: theme.style(.text))
            return
        }
        // The item's title first (a narrow pane cuts the count, not the title), then which agenda item it is.
        let title = "Now: \(SafeText.sanitize(slot.title)) · item \(timer.currentIndex + 1) of \(timer.slots.count)"
        let status = timer.isRunning ? Span("▶ running", style: theme.style(.success)) : Span("⏸ paused", style: theme.style(.warning))
        PaneFrame(title: TextLayout.truncate(title, toWidth: max(8, rect.width - 16)), info: [status], isFocused: false)
            .draw(in: rect, on: &grid, theme: theme)
        let inner = Box.inner(of: rect).inset(left: 1, right: 1)
        var clock: [Span] = [
            Span(TimerText.clock(slot.remaining), style: theme.style(MeetingRender.role(slot.phase)).adding(.bold)),
            Span(" left of \(TimerText.elapsed(slot.plannedSeconds))", style: theme.style(.muted)),
        ]
        let extra = slot.plannedSeconds - slot.originalSeconds
        if extra > 0 { clock.append(Span("  extended +\(Int(extra / 60))m", style: theme.style(.warning))) }
        let plan = state.planAgainstSlot
        if plan.isOver { clock.append(Span("  ⚠ " + plan.text, style: theme.style(.warning))) }
        var lines: [[Span]] = [clock]
        if let round = state.currentRound {
            let heard = round.order.filter { [.done, .passed, .away].contains(round.turn(of: $0)) }.count
            let progress = Span("  · \(heard) of \(round.order.count) heard", style: theme.style(.muted))
            if let speaker = round.speaker, let left = round.speakerRemaining {
                lines.append([
                    Span("Speaking: ", style: theme.style(.muted)), Span(SafeText.sanitize(state.name(of: speaker)), style: theme.style(.title)),
                    Span("  turn left "), Span(TimerText.clock(left), style: theme.style(MeetingRender.role(TimerPhase.of(remaining: left, planned: round.budgetPerSpeaker)))),
                    progress,
                ])
            } else if round.hasNobody {
                lines.append([Span("Nobody is here for this round yet", style: theme.style(.warning))])
            } else {
                lines.append([Span("Round complete", style: theme.style(.success)), progress])
            }
        }
        MeetingText.draw(lines, in: inner, on: &grid, base: theme.style(.text))
    }
}
