import TerminalGrid

/// The home screen's bottom line: what is under the cursor (or the filter being typed, or a notice) and key hints
/// generated from the keymap; it reads the home screen's state and the context.
struct StatusLine {
    let home: HomeState
    let context: ScreenContext

    /// Draws into the one-row `rect`.
    func draw(in rect: Rect, on grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let theme = context.theme
        let barStyle = theme.onText(.statusBar)
        let hints = context.keymap.hints(for: context.keyContext).map { StatusBar.Hint(key: $0.key, label: $0.label) }
        var left: [Span] = []
        var right: [Span] = []
        if let message = context.message {
            left = [Span(SafeText.sanitize(message), style: theme.style(context.messageIsError ? .error : .accent))]
        } else if !context.hasDialog, let field = home.filterField {
            left = filterSpans(field, width: rect.width / 2)
        } else if !context.hasDialog, !context.isCovered, home.focus == .matrix,
                  let text = MatrixPane.describe(home, calendar: context.calendar) {
            // At the right, like a ruler, in a slot of two thirds of the bar: the hints keep their place and number while
            // the cursor moves and the text changes length (only a longer text pushes a hint out).
            let described = SafeText.sanitize(text) + " "
            let slot = (rect.width - 1) * 2 / 3
            right = [Span(String(repeating: " ", count: max(0, slot - DisplayWidth.of(described))) + described)]
        }
        // One column of margin on the left, in the bar's colours.
        grid.fill(rect, with: barStyle)
        let bar = StatusBar(left: left, right: right, hints: hints, style: barStyle, keyStyle: theme.style(.statusKey), labelStyle: .plain)
        grid.render(bar, in: rect.inset(left: 1))
    }

    private func filterSpans(_ field: TextField, width: Int) -> [Span] {
        let theme = context.theme
        let label = "Filter \(home.focus.title): /"
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
