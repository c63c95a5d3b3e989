import TerminalGrid

/// The yes/no question before a delete (or another change that removes something), centred over the screen.
enum ConfirmView {
    /// Draws `question` centred in `area`.
    static func draw(_ question: ConfirmDialog, context: ScreenContext, in area: Rect, on grid: inout Grid) {
        let theme = context.theme
        let width = max(20, min(area.width - 4, 64))
        var lines: [[Span]] = WordWrap.lines(SafeText.sanitize(question.question), width: width).map { [Span($0, style: theme.style(.accent).adding(.bold))] }
        lines += WordWrap.lines(SafeText.sanitize(question.detail), width: width).map { [Span($0, style: theme.style(.muted))] }
        lines.append([])
        let yes = context.keymap.binding(Command.confirmYes.rawValue)?.keyNames ?? "y"
        let no = context.keymap.binding(Command.confirmNo.rawValue)?.keyNames ?? "n"
        lines.append([Span(yes, style: theme.style(.statusKey)), Span(" " + question.verb + "    "), Span(no, style: theme.style(.statusKey)), Span(" keep it")])
        let modal = Modal(title: question.verb.prefix(1).uppercased() + question.verb.dropFirst() + "?", lines: lines, style: theme.onText(.overlay), border: .rounded,
                          borderStyle: theme.onText(.overlay).patched(by: theme.style(.warning)),
                          titleStyle: theme.onText(.overlay).patched(by: theme.style(.warning)).adding(.bold), minimumWidth: 30)
        grid.render(modal, in: area)
    }
}
