import TerminalGrid

/// A pane's border: its title at the top left, a short status at the top right, and an optional legend in the bottom edge.
struct PaneFrame {
    var title: String
    /// Shown at the right of the top edge when there is room ("3 of 25", "/kafka").
    var info: [Span] = []
    /// Shown in the bottom edge when there is room (the matrix legend).
    var footer: [Span] = []
    var isFocused: Bool

    /// Draws the border in `rect` with the theme's border roles; the focused pane gets a heavy border.
    func draw(in rect: Rect, on grid: inout Grid, theme: Theme) {
        let borderStyle = theme.onText(isFocused ? .borderFocused : .border)
        let titleStyle = theme.onText(isFocused ? .title : .header)
        let box = Box(title: title, border: isFocused ? .heavy : .single, style: borderStyle, titleStyle: titleStyle)
        grid.render(box, in: rect)
        guard rect.width >= 2, rect.height >= 2 else { return }
        let titleWidth = DisplayWidth.of(title) + 2
        let room = rect.width - 2 - titleWidth - 2
        if !info.isEmpty, room >= 4 {
            let spans = ([Span(" ")] + info + [Span(" ")]).truncated(toWidth: room)
            let base = theme.onText(.muted)
            let styled = spans.map { Span($0.text, style: base.patched(by: $0.style)) }
            grid.put(spans: styled, x: rect.maxX - 1 - styled.width, y: rect.y, maxWidth: styled.width)
        }
        let bottomRoom = rect.width - 4
        if !footer.isEmpty, rect.height >= 3, bottomRoom >= 10 {
            let spans = ([Span(" ")] + footer + [Span(" ")])
            guard spans.width <= bottomRoom else { return }
            let base = theme.onText(.muted)
            grid.put(spans: spans.map { Span($0.text, style: base.patched(by: $0.style)) }, x: rect.x + 2, y: rect.maxY - 1, maxWidth: bottomRoom)
        }
    }
}
