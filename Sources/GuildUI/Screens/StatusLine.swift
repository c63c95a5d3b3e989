import TerminalGrid

/// The bottom line: what is under the cursor (or the filter being typed, or a notice) and key hints generated from the keymap.
struct StatusLine {
    let state: AppState

    /// Draws into the one-row `rect`.
    func draw(in rect: Rect, on grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let theme = state.theme
        let barStyle = theme.onText(.statusBar)
        let hints = state.keymap.hints(for: state.keyContext).map { StatusBar.Hint(key: $0.key, label: $0.label) }
        var left: [Span] = []
        if let message = state.message {
            left = [Span(SafeText.sanitize(message), style: theme.style(state.messageIsError ? .error : .accent))]
        } else if state.dialog == nil, let field = state.filterField {
            left = filterSpans(field, width: rect.width / 2)
        } else if state.dialog == nil, state.overlay == nil, state.focus == .matrix, let text = MatrixPane.describe(state) {
            left = [Span(SafeText.sanitize(text))]
        }
        // One column of margin on the left, in the bar's colours.
        grid.fill(rect, with: barStyle)
        let bar = StatusBar(left: left, hints: hints, style: barStyle, keyStyle: theme.style(.statusKey), labelStyle: .plain)
        grid.render(bar, in: rect.inset(left: 1))
    }

    private func filterSpans(_ field: TextField, width: Int) -> [Span] {
        let theme = state.theme
        let label = "Filter \(state.focus.title): /"
        let room = max(4, width - DisplayWidth.of(label))
        let start = field.visibleStart(width: room)
        let characters = field.characters
        let before = String(characters[start..<field.cursor])
        let under = field.cursor < characters.count ? String(characters[field.cursor]) : " "
        let after = field.cursor < characters.count ? String(characters[(field.cursor + 1)...]) : ""
        let cursorStyle = theme.style(.cursor)
        return [Span(label, style: theme.style(.accent)), Span(before), Span(under, style: cursorStyle), Span(after), Span(" ")]
    }
}
