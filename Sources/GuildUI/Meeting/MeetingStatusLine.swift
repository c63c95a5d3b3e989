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
        case .finished where state.role == .notes:
            return [Span("Minutes written · a note taken now (", style: muted), Span(name(.noteNote), style: key),
                    Span(" …) goes into them · ", style: muted), Span(name(.leave), style: key), Span(" leaves", style: muted)]
        case .finished:
            return [Span("Minutes written · ", style: muted), Span(name(.leave), style: key), Span(" leaves", style: muted)]
        }
    }

    /// While a typed line is open, a notice about it (why it was not saved) takes the key hints' line; while an action
    /// item or a carry-over is typed, what it says so far (owner, due day) or why it cannot be used does, as quick add shows it.
    func drawComposerNotice(in rect: Rect, on grid: inout Grid) -> Bool {
        guard !rect.isEmpty, let composer = state.composer else { return false }
        let theme = state.theme
        let base = theme.style(.text)
        let spans: [Span]
        if let message = state.message {
            spans = [Span(SafeText.sanitize(message), style: theme.style(state.messageIsError ? .error : .accent))]
        } else if let understood = understood(composer) {
            spans = understood
        } else {
            return false
        }
        grid.fill(rect, with: base)
        let inner = rect.inset(left: 1, right: 1)
        grid.put(spans: spans.map { Span($0.text, style: base.patched(by: $0.style)) }.truncated(toWidth: inner.width), x: inner.x, y: inner.y,
                 maxWidth: inner.width)
        return true
    }

    /// What an action item's line (or a carry-over's `@owner due:date`) says so far: owner, due day, tag and title;
    /// nil for other lines and an empty one.
    private func understood(_ composer: NoteComposer) -> [Span]? {
        let text = composer.field.text
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let theme = state.theme
        var groups: [[Span]]
        switch composer.purpose {
        case .action:
            groups = QuickAddView.understood(text, data: state.data, now: state.now, calendar: state.calendar, theme: theme)
            // The title is on the line above: owner and due day first.
            if groups.count > 1 { groups.append(groups.removeFirst()) }
        case .carryOver:
            groups = QuickAddView.understood("carry " + text, data: state.data, now: state.now, calendar: state.calendar, theme: theme)
            if groups.count == 4 { groups = [groups[1], groups[2]] }
        default:
            return nil
        }
        return groups.enumerated().flatMap { index, group in index == 0 ? group : [Span("  ")] + group }
    }

    func drawStatusBar(in rect: Rect, on grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let theme = state.theme
        let barStyle = theme.onText(.statusBar)
        grid.fill(rect, with: barStyle)
        // The note-taker's view leaves out what only the shared screen runs (the clock, rounds, steps).
        // A finished meeting's clock is stopped for good: its keys are left out too.
        let role = state.role
        let finished = state.step == .finished
        let isAttendance: Bool
        if case .attendance? = state.overlay { isAttendance = true } else { isAttendance = false }
        let hints = state.keymap.hints(for: state.keyContext) { binding in
            let command = MeetingCommand(rawValue: binding.id)
            if finished, let command, MeetingCommand.clockCommands.contains(command) { return false }
            // "here/away" belongs to the attendance list, not to every list shown over the meeting.
            if command == .attendanceToggle, !isAttendance { return false }
            return role == .shared || !(command?.isSharedScreenOnly ?? false)
        }.map { StatusBar.Hint(key: $0.key, label: $0.label) }
        let right = state.role == .notes ? [Span("note-taker's view ")] : []
        let bar = StatusBar(right: right, hints: hints, style: barStyle, keyStyle: theme.style(.statusKey), labelStyle: .plain)
        grid.render(bar, in: rect.inset(left: 1))
    }
}
