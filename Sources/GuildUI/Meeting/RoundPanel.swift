import GuildCore
import TerminalGrid

/// A round under the clock: who speaks and their turn's time left, who is not heard yet, and each person's share of the talk.
struct RoundPanel {
    let state: MeetingState
    let round: RoundTurns

    func draw(in rect: Rect, on grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let theme = state.theme
        let data = state.data
        var lines: [[Span]] = []
        if let speaker = round.speaker, let left = round.speakerRemaining {
            let phase = TimerPhase.of(remaining: left, planned: round.budgetPerSpeaker)
            lines.append([
                Span("Speaking: ", style: theme.style(.muted)), Span(SafeText.sanitize(data.name(of: speaker)), style: theme.style(.title)),
                Span("   turn left "), Span(TimerText.clock(left), style: theme.style(MeetingRender.role(phase)).adding(.bold)),
                Span(" of \(TimerText.elapsed(round.budgetPerSpeaker))", style: theme.style(.muted)),
            ])
        } else {
            lines.append([Span("Round complete", style: theme.style(.success)), Span("  → next item", style: theme.style(.muted))])
        }
        let waiting = round.notHeardYet
        let names = waiting.map { MeetingText.name(data.name(of: $0), width: 18) }.joined(separator: ", ")
        lines.append([Span("Not heard yet (\(waiting.count)): ", style: theme.style(.muted)), Span(waiting.isEmpty ? "everyone has had a turn" : names)])
        MeetingText.draw(lines, in: rect, on: &grid, base: theme.style(.text))
        let bars = Rect(x: rect.x, y: rect.y + lines.count, width: rect.width, height: rect.height - lines.count)
        drawBalance(in: bars, on: &grid)
    }

    /// One bar per person in the round: a fair share fills half the bar; past it the bar turns to the warning role with a gentle note.
    private func drawBalance(in rect: Rect, on grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let theme = state.theme
        let balance = state.balance
        let people = round.order.filter { round.turn(of: $0) != .away }
        let count = people.count
        let nameWidth = min(18, max(8, rect.width / 4))
        // The speaker first, then whoever has spoken most (then speaking order), so the bars that matter stay when rows run short.
        let ordered = people.sorted { a, b in
            if a == round.speaker { return true }
            if b == round.speaker { return false }
            let (sa, sb) = (balance.seconds[a] ?? 0, balance.seconds[b] ?? 0)
            return sa != sb ? sa > sb : (round.order.firstIndex(of: a) ?? 0) < (round.order.firstIndex(of: b) ?? 0)
        }
        for (i, person) in ordered.prefix(rect.height).enumerated() {
            let y = rect.y + i
            let over = balance.isOverFairShare(person, among: count)
            let turn = round.turn(of: person) ?? .waiting
            let marker = person == round.speaker ? "▶ " : (turn == .passed ? "– " : "  ")
            let name = marker + MeetingText.name(state.data.name(of: person), width: nameWidth - 2)
            let nameStyle = theme.onText(person == round.speaker ? .title : (turn == .waiting || turn == .skipped ? .muted : .text))
            grid.put(TextLayout.pad(name, toWidth: nameWidth), x: rect.x, y: y, style: nameStyle, maxWidth: nameWidth)
            let label = TimerText.elapsed(balance.seconds[person] ?? 0) + (over ? " · past a fair share" : "")
            let gauge = BarGauge(fraction: balance.barFraction(of: person, among: count), label: label,
                                 filledStyle: theme.onText(over ? .warning : .accent), emptyStyle: theme.onText(.muted),
                                 labelStyle: theme.onText(over ? .warning : .muted), emptyCharacter: "·")
            grid.render(gauge, in: Rect(x: rect.x + nameWidth + 1, y: y, width: max(0, rect.width - nameWidth - 1), height: 1))
        }
    }
}
