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
        // Where the frame is narrow, the plan shows once it overruns the slot and the clock's state shrinks to its symbol.
        let wide = rect.width >= 70
        let short = !wide && state.planAgainstSlot.isOver
        let status = timer.isRunning ? Span(short ? "▶" : "▶ running", style: theme.style(.success))
            : Span(short ? "⏸" : "⏸ paused", style: theme.style(.warning))
        // The plan (every timebox with its extensions) against the session's slot, in the warning role once over it.
        let plan = state.planAgainstSlot
        let planSpan = Span((plan.isOver ? "⚠ " : "") + plan.text + " ", style: theme.style(plan.isOver ? .warning : .muted))
        let frameInfo = wide || plan.isOver ? [planSpan, status] : [status]
        PaneFrame(title: "Now · item \(timer.currentIndex + 1) of \(timer.slots.count)", info: frameInfo, isFocused: true)
            .draw(in: rect, on: &grid, theme: theme)
        let inner = Box.inner(of: rect).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        let round = state.currentRound
        // The item's title on its own emphasised line, then its clock with two info lines; in a round the speaker's
        // turn clock follows at the same size, then who is not heard yet and a bar per person when there is room.
        let titleRows = 1
        let infoRows = 2
        let roundText = round.map { _ in RoundPanel.textRows } ?? 0
        let minimumBars = round.map { min($0.order.count, inner.height >= 20 ? 3 : 1) } ?? 0
        let clocks = round?.speaker != nil ? 2 : 1
        let digitsRoom = (inner.height - titleRows - infoRows - roundText - minimumBars) / clocks
        let scale = TimerDigits.scale(toFit: Size(width: inner.width, height: max(0, digitsRoom)))
        let digitsHeight = scale.map { TimerDigits.rows("-00:00", scale: $0).count } ?? 1
        let roundRows = round.map { RoundPanel.textRows + (clocks == 2 ? digitsHeight : 0) + $0.order.count } ?? 0
        // Centre the title, clock and info lines in what the round leaves over.
        let leftover = max(0, inner.height - titleRows - digitsHeight - infoRows - min(roundRows, inner.height))
        var top = inner.y + (round == nil ? leftover / 2 : 0)
        let itemTitle = TextLayout.truncate(SafeText.sanitize(slot.title), toWidth: inner.width)
        grid.put(itemTitle, in: Rect(x: inner.x, y: top, width: inner.width, height: 1), alignment: .center,
                 style: theme.onText(.title).adding(.bold))
        top += titleRows + (round == nil ? 0 : min(1, max(0, leftover - 1)))
        let phaseStyle = MeetingRender.digits(slot.phase, theme: theme)
        let clockArea = Rect(x: inner.x, y: top, width: inner.width, height: min(digitsHeight, max(0, inner.maxY - top)))
        TimerDigits.draw(TimerText.clock(slot.remaining), in: clockArea, maxScale: scale ?? 0, style: phaseStyle, on: &grid)
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
        if y < inner.maxY, slot.remaining <= 0, !slot.isRound {
            // Lean Coffee: the timebox is over; the room answers "continue?" from their terminals, the facilitator decides.
            let text = theme.style(.text)
            let line = continueLine(slot).map { Span($0.text, style: text.patched(by: $0.style)) }.truncated(toWidth: inner.width)
            grid.put(spans: line, x: inner.x + max(0, (inner.width - line.width) / 2), y: y, maxWidth: inner.width)
            y += 1
        } else if y < inner.maxY {
            let fraction = slot.plannedSeconds > 0 ? slot.usedSeconds / slot.plannedSeconds : 1
            let gauge = BarGauge(fraction: fraction, label: "\(Int((min(9.99, fraction) * 100).rounded()))% used",
                                 filledStyle: theme.onText(MeetingRender.role(slot.phase)), emptyStyle: theme.onText(.muted),
                                 labelStyle: theme.onText(.muted), emptyCharacter: "·")
            grid.render(gauge, in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
            y += 1
        }
        if let round, y < inner.maxY {
            let gap = inner.maxY - y > roundRows ? 1 : 0
            RoundPanel(state: state, round: round, digitScale: scale)
                .draw(in: Rect(x: inner.x, y: y + gap, width: inner.width, height: inner.maxY - y - gap), on: &grid)
        }
    }

    /// "Time's up · continue? 👍 2 👎 1 · e/E more time · → next item", centred: the answers given from terminals
    /// (`guild vote --continue up|down`) for this timebox of the item, and the facilitator's keys.
    func continueLine(_ slot: AgendaTimer.Slot) -> [Span] {
        let theme = state.theme
        let tally = state.data.continueTally(sessionID: state.session.id, itemID: slot.id, timeboxSeconds: Int(slot.plannedSeconds))
        let keys = state.role == .shared
            ? " · \(state.keyName(.extendOne))/\(state.keyName(.extendFive)) more time · \(state.keyName(.itemNext)) next item"
            : " · guild vote --continue up|down"
        return [Span("Time's up · continue? ", style: theme.style(.warning)), Span("👍 \(tally.up)", style: theme.style(.success).adding(.bold)),
                Span("  "), Span("👎 \(tally.down)", style: theme.style(.error).adding(.bold)), Span(keys, style: theme.style(.muted))]
    }
}
