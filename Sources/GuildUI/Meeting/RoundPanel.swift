import GuildCore
import TerminalGrid

/// A round under the clock: who speaks and their turn's time left (in big digits as large as the item's clock),
/// who is not heard yet, and each person's share of the talk.
struct RoundPanel {
    let state: MeetingState
    let round: RoundTurns
    /// The item clock's digit scale, which the turn clock matches (nil: the turn time stays on the speaker's line).
    var digitScale: Int?

    /// Text rows the panel always draws: the speaker's line and who is not heard yet.
    static let textRows = 2

    func draw(in rect: Rect, on grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let theme = state.theme
        var y = rect.y
        if let speaker = round.speaker, let left = round.speakerRemaining {
            let phase = TimerPhase.of(remaining: left, planned: round.budgetPerSpeaker)
            let name = Span(SafeText.sanitize(state.name(of: speaker)), style: theme.onText(.title).adding(.bold))
            let turn = Span(TimerText.clock(left), style: theme.onText(MeetingRender.role(phase)).adding(.bold))
            let budget = Span(" of \(TimerText.elapsed(round.budgetPerSpeaker))", style: theme.onText(.muted))
            let line: [Span] = digitScale == nil
                ? [Span("Speaking: ", style: theme.onText(.muted)), name, Span("   turn left ", style: theme.onText(.text)), turn, budget]
                : [Span("Speaking: ", style: theme.onText(.muted)), name, Span(" · turn left", style: theme.onText(.text)), budget]
            let width = min(rect.width, line.width)
            grid.put(spans: line.truncated(toWidth: rect.width), x: rect.x + (digitScale == nil ? 0 : max(0, (rect.width - width) / 2)), y: y, maxWidth: rect.width)
            y += 1
            if let digitScale, y < rect.maxY {
                let height = TimerDigits.rows("-00:00", scale: digitScale).count
                y += TimerDigits.draw(TimerText.clock(left), in: Rect(x: rect.x, y: y, width: rect.width, height: min(height, rect.maxY - y)),
                                      maxScale: digitScale, style: MeetingRender.digits(phase, theme: theme), on: &grid)
            }
        } else if round.hasNobody {
            let attendance = state.keymap.firstKeyName(MeetingCommand.attendance.rawValue)
            MeetingText.draw([[Span("Nobody is here for this round", style: theme.style(.warning)),
                               Span("  \(attendance): mark who is here or add a guest", style: theme.style(.muted))]],
                             in: Rect(x: rect.x, y: y, width: rect.width, height: 1), on: &grid, base: theme.style(.text))
            y += 1
        } else {
            MeetingText.draw([[Span("Round complete", style: theme.style(.success)), Span("  → next item", style: theme.style(.muted))]],
                             in: Rect(x: rect.x, y: y, width: rect.width, height: 1), on: &grid, base: theme.style(.text))
            y += 1
        }
        guard y < rect.maxY else { return }
        let waiting = round.notHeardYet
        let names = waiting.map { state.fittedName(of: $0, width: 18) }.joined(separator: ", ")
        MeetingText.draw([[Span("Not heard yet (\(waiting.count)): ", style: theme.style(.muted)), Span(waiting.isEmpty ? (round.hasNobody ? "nobody is here yet" : "everyone has had a turn") : names)]],
                         in: Rect(x: rect.x, y: y, width: rect.width, height: 1), on: &grid, base: theme.style(.text))
        y += 1
        let bars = Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y)
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
            let name = marker + state.fittedName(of: person, width: nameWidth - 2)
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
