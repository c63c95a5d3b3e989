import GuildCore
import TerminalGrid

/// The agenda in the side column: each item's timebox and time used, the current one marked, the selected one highlighted for reordering.
struct AgendaPanel {
    let state: MeetingState

    func draw(in rect: Rect, on grid: inout Grid) {
        let theme = state.theme
        let timer = state.timer
        let info = "\(TimerText.elapsed(timer.usedTotal))/\(TimerText.elapsed(timer.plannedTotal))"
        PaneFrame(title: "Agenda", info: [Span(info)], isFocused: false).draw(in: rect, on: &grid, theme: theme)
        let inner = Box.inner(of: rect)
        guard !inner.isEmpty else { return }
        let shared = state.role == .shared
        let lines: [[Span]] = timer.slots.enumerated().map { index, slot in
            let isCurrent = shared && index == timer.currentIndex && state.step != .finished
            let isPast = shared && index < timer.currentIndex
            let marker = isCurrent ? "▶" : (isPast ? "✓" : " ")
            let time = slot.usedSeconds > 0 ? "\(TimerText.elapsed(slot.usedSeconds))/\(Int(slot.plannedSeconds / 60))m" : "\(Int(slot.plannedSeconds / 60))m"
            let timeRole: ThemeRole = slot.usedSeconds > slot.plannedSeconds ? MeetingRender.role(slot.phase) : .muted
            let titleRole: ThemeRole = isCurrent ? .title : (isPast ? .muted : .text)
            let room = max(1, inner.width - 4 - DisplayWidth.of(time) - 1)
            let title = TextLayout.pad(TextLayout.truncate(SafeText.sanitize(slot.title) + (slot.isRound ? " ◎" : ""), toWidth: room), toWidth: room)
            return [Span("\(marker) ", style: theme.style(isCurrent ? .accent : .muted)), Span("\(index + 1) ", style: theme.style(.muted)),
                    Span(title, style: theme.style(titleRole)), Span(" "), Span(time, style: theme.style(timeRole))]
        }
        let window = MeetingText.window(count: lines.count, visible: inner.height, selected: state.agendaRow)
        let selected = state.step == .agenda && shared ? state.agendaRow - window.lowerBound : nil
        MeetingText.draw(Array(lines[window]), in: inner, on: &grid, base: theme.style(.text), selection: theme.style(.selection), selected: selected)
    }
}
