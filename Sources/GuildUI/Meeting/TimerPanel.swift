import GuildCore
import TerminalGrid

/// The shared screen's "Now" box: the current item, its time left in big digits, the meeting's time left, and the round when one is on.
struct TimerPanel {
    let state: MeetingState

    func draw(in rect: Rect, on grid: inout Grid) {
        let theme = state.theme
        let timer = state.timer
        guard let slot = timer.current else {
            PaneFrame(title: "Now", isFocused: true).draw(in: rect, on: &grid, theme: theme)
            RowList.drawEmpty(["No agenda", "Add agenda items to the session to time them here."], in: Box.inner(of: rect), on: &grid, theme: theme)
            return
        }
        let title = TextLayout.truncate("Now \(timer.currentIndex + 1)/\(timer.slots.count) · \(SafeText.sanitize(slot.title))", toWidth: max(8, rect.width - 18))
        let status = timer.isRunning ? Span("▶ running", style: theme.style(.success)) : Span("⏸ paused", style: theme.style(.warning))
        PaneFrame(title: title, info: [status], isFocused: true).draw(in: rect, on: &grid, theme: theme)
        let inner = Box.inner(of: rect).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        let round = state.currentRound
        // Rows the round needs below the clock: speaker, not heard yet, and a bar per person when there is room.
        let roundRows = round.map { 3 + $0.order.count } ?? 0
        // A gap, the speaker, who is not heard yet, and a few bars: enough that the compact clock is used at 80×24.
        let minimumRound = round.map { 1 + min(2 + $0.order.count, 6) } ?? 0
        let infoRows = 2
        let digitsRoom = inner.height - infoRows - minimumRound
        let digitsHeight: Int
        if let scale = TimerDigits.scale(toFit: Size(width: inner.width, height: max(0, digitsRoom))) {
            digitsHeight = TimerDigits.rows("-00:00", scale: scale).count
        } else {
            digitsHeight = 1
        }
        // Centre the clock and its two info lines in what the round leaves over.
        let leftover = max(0, inner.height - digitsHeight - infoRows - min(roundRows, inner.height))
        let top = inner.y + (round == nil ? leftover / 2 : min(1, leftover))
        let phaseStyle = MeetingRender.digits(slot.phase, theme: theme)
        let clockArea = Rect(x: inner.x, y: top, width: inner.width, height: digitsHeight)
        TimerDigits.draw(TimerText.clock(slot.remaining), in: clockArea, style: phaseStyle, on: &grid)
        var y = clockArea.maxY
        let overall = timer.remainingTotal
        let overallRole = MeetingRender.role(TimerPhase.of(remaining: overall, planned: timer.plannedTotal))
        let info: [Span] = [
            Span(slot.remaining < 0 ? "over by " : "item left "), Span(TimerText.clock(abs(slot.remaining)), style: theme.style(MeetingRender.role(slot.phase))),
            Span("/\(TimerText.clock(slot.plannedSeconds))", style: theme.style(.muted)),
            Span(" · meeting left "), Span(TimerText.clock(overall), style: theme.style(overallRole)),
            Span("/\(TimerText.clock(timer.plannedTotal))", style: theme.style(.muted)),
        ]
        if y < inner.maxY {
            let width = min(inner.width, info.width)
            let text = theme.style(.text)
            grid.put(spans: info.map { Span($0.text, style: text.patched(by: $0.style)) }.truncated(toWidth: inner.width), x: inner.x + max(0, (inner.width - width) / 2), y: y, maxWidth: inner.width)
            y += 1
        }
        if y < inner.maxY {
            let fraction = slot.plannedSeconds > 0 ? slot.usedSeconds / slot.plannedSeconds : 1
            let gauge = BarGauge(fraction: fraction, label: "\(Int((min(9.99, fraction) * 100).rounded()))% used",
                                 filledStyle: theme.onText(MeetingRender.role(slot.phase)), emptyStyle: theme.onText(.muted),
                                 labelStyle: theme.onText(.muted), emptyCharacter: "·")
            grid.render(gauge, in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
            y += 1
        }
        if let round, y + 1 < inner.maxY {
            RoundPanel(state: state, round: round).draw(in: Rect(x: inner.x, y: y + 1, width: inner.width, height: inner.maxY - y - 1), on: &grid)
        }
    }
}
