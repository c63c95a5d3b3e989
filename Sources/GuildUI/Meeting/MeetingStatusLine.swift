import GuildCore
import TerminalGrid

/// The two bottom lines: the note being typed (or a message, or what to press to take a note) and the key hints from the keymap.
struct MeetingStatusLine {
    let state: MeetingState

    func drawNoteLine(in rect: Rect, on grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let theme = state.theme
        let base = theme.style(.text)
        grid.fill(rect, with: base)
        let inner = rect.inset(left: 1, right: 1)
        if let composer = state.composer {
            let label = [Span(composer.label, style: theme.style(.accent).adding(.bold)), Span(" ▸ ", style: theme.style(.accent))]
            let used = grid.put(spans: label.map { Span($0.text, style: base.patched(by: $0.style)) }, x: inner.x, y: inner.y, maxWidth: inner.width)
            composer.field.draw(in: Rect(x: inner.x + used, y: inner.y, width: max(0, inner.width - used), height: 1), on: &grid, style: base,
                                cursorStyle: theme.style(.cursor).adding(.reverse), placeholder: composer.placeholder(keymap: state.keymap),
                                placeholderStyle: theme.style(.muted))
            return
        }
        let spans: [Span]
        if let message = state.message {
            spans = [Span(SafeText.sanitize(message), style: theme.style(state.messageIsError ? .error : .accent))]
        } else {
            spans = idleHint()
        }
        grid.put(spans: spans.map { Span($0.text, style: base.patched(by: $0.style)) }.truncated(toWidth: inner.width), x: inner.x, y: inner.y, maxWidth: inner.width)
    }

    /// What to press now, with the keys from the keymap.
    private func idleHint() -> [Span] {
        let theme = state.theme
        let key = theme.style(.statusKey)
        let muted = theme.style(.muted)
        func name(_ command: MeetingCommand) -> String { state.keymap.firstKeyName(command.rawValue) }
        switch state.step {
        case .agenda:
            let kinds = MeetingCommand.noteKinds.map(name).joined(separator: " ")
            return [Span("Take a note: ", style: muted), Span(kinds, style: key), Span(" by kind · ", style: muted), Span(name(.noteAction), style: key),
                    Span(" action · ", style: muted), Span(name(.noteParking), style: key), Span(" parking lot · ", style: muted),
                    Span(name(.anonymousQuestion), style: key), Span(" anonymous question · ", style: muted), Span(name(.attendance), style: key),
                    Span(" attendance", style: muted)]
        case .review:
            return [Span("Review what earlier meetings promised, then ", style: muted), Span(name(.reviewFinish), style: key),
                    Span(" for the agenda", style: muted)]
        case .wrapUp:
            return [Span("Summary of the meeting · ", style: muted), Span(name(.finish), style: key), Span(" writes the minutes", style: muted)]
        case .finished:
            return [Span("Minutes written · ", style: muted), Span(name(.leave), style: key), Span(" leaves", style: muted)]
        }
    }

    /// While a typed line is open, a notice about it (why it was not saved) takes the key hints' line.
    func drawComposerNotice(in rect: Rect, on grid: inout Grid) -> Bool {
        guard !rect.isEmpty, state.composer != nil, let message = state.message else { return false }
        let theme = state.theme
        grid.fill(rect, with: theme.style(.text))
        let style = theme.style(.text).patched(by: theme.style(state.messageIsError ? .error : .accent))
        let inner = rect.inset(left: 1, right: 1)
        grid.put(spans: [Span(SafeText.sanitize(message), style: style)].truncated(toWidth: inner.width), x: inner.x, y: inner.y, maxWidth: inner.width)
        return true
    }

    func drawStatusBar(in rect: Rect, on grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let theme = state.theme
        let barStyle = theme.onText(.statusBar)
        grid.fill(rect, with: barStyle)
        // The note-taker's view leaves out what only the shared screen runs (the clock, rounds, steps).
        let role = state.role
        let hints = state.keymap.hints(for: state.keyContext) { binding in
            role == .shared || !(MeetingCommand(rawValue: binding.id)?.isSharedScreenOnly ?? false)
        }.map { StatusBar.Hint(key: $0.key, label: $0.label) }
        let right = state.role == .notes ? [Span("note-taker's view ")] : []
        let bar = StatusBar(right: right, hints: hints, style: barStyle, keyStyle: theme.style(.statusKey), labelStyle: .plain)
        grid.render(bar, in: rect.inset(left: 1))
    }
}
