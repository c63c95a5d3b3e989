import GuildCore
import TerminalGrid

/// The meeting's overlays, drawn as a modal over the screen: key help from the keymap, attendance, and the rotation history.
struct MeetingOverlays {
    let state: MeetingState

    /// The meeting's bindings from the keymap, grouped: keys, what they do, and the id (the same lines as every screen's help).
    func helpLines() -> [[Span]] {
        HelpOverlay.lines(keymap: state.keymap, screen: .meeting, theme: state.theme, width: state.size.width)
    }

    /// Everyone expected, here or away, then the rest of the team (not expected; marking one here adds them).
    func attendanceLines() -> [[Span]] {
        let theme = state.theme
        return state.attendanceRows.map { person in
            let expected = state.expected.contains(person)
            let away = state.absent.contains(person)
            let mark = !expected ? Span("·  —    ", style: theme.style(.muted))
                : Span(away ? "✗ away  " : "✓ here  ", style: theme.style(away ? .warning : .success))
            var line = [mark, Span(SafeText.sanitize(state.name(of: person)), style: theme.style(expected ? .text : .muted))]
            if state.data.people[person]?.isAway == true { line.append(Span("  (profile says away)", style: theme.style(.muted))) }
            return line
        }
    }

    /// The anonymous questions, oldest first, each with what the meeting did with it.
    func questionLines() -> [[Span]] {
        let theme = state.theme
        guard !state.questions.isEmpty else { return [[Span("No questions yet: guild ask \"…\" from any terminal.", style: theme.style(.muted))]] }
        return state.questions.enumerated().map { index, note in
            let status = state.questionStatus[note.id] ?? .open
            let mark: Span = switch status {
            case .open: Span("  open       ", style: theme.style(.accent))
            case .answered: Span("✓ answered   ", style: theme.style(.success))
            case .dismissed: Span("✗ dismissed  ", style: theme.style(.muted))
            }
            return [Span("\(index + 1). ", style: theme.style(.muted)), mark, Span(SafeText.sanitize(note.text))]
        }
    }

    /// The session's notes, oldest first: kind, text and, for a round contribution, the speaker.
    func noteLines() -> [[Span]] {
        let theme = state.theme
        guard !state.notes.isEmpty else { return [[Span("No notes yet.", style: theme.style(.muted))]] }
        return state.notes.map { note in
            var line = [Span(TextLayout.pad(NoteKindText.name(note.kind), toWidth: 13), style: theme.style(.accent)),
                        Span(SafeText.sanitize(note.text))]
            if let author = note.author { line.append(Span(" (" + SafeText.sanitize(state.name(of: author)) + ")", style: theme.style(.muted))) }
            return line
        }
    }

    /// Who facilitated and took notes at each held meeting of the series, and who is next.
    func rotationLines() -> [[Span]] {
        let theme = state.theme
        let data = state.data
        guard let series = state.series else {
            return [[Span("This session is not part of a series: nothing rotates.", style: theme.style(.muted))]]
        }
        var withThis = data
        withThis.upsert(state.session)
        var lines: [[Span]] = [[RowList.cell("Meeting", 22, theme.style(.header)), Span("  "), RowList.cell("Facilitator", 24, theme.style(.header)),
                                Span("  "), Span("Note-taker", style: theme.style(.header))]]
        for entry in Rotation.history(of: series.id, in: withThis) {
            let current = entry.sessionID == state.session.id
            lines.append([RowList.cell(DateText.full(entry.start, calendar: state.calendar) + (current ? " ●" : ""), 22, theme.style(current ? .accent : .text)),
                          Span("  "), RowList.cell(data.name(of: entry.facilitator), 24), Span("  "), Span(SafeText.sanitize(data.name(of: entry.noteTaker)))])
        }
        if let next = state.nextRotation {
            lines.append([])
            lines.append([RowList.cell("Next", 22, theme.style(.title)), Span("  "), RowList.cell(data.name(of: next.facilitator), 24, theme.style(.accent)),
                          Span("  "), Span(SafeText.sanitize(data.name(of: next.noteTaker)), style: theme.style(.accent))])
            lines.append([Span("Least recently served goes next; people away are skipped. Skip or swap in the wrap-up.", style: theme.style(.muted))])
        }
        return lines
    }

    func draw(in area: Rect, on grid: inout Grid) {
        guard let overlay = state.overlay else { return }
        let theme = state.theme
        let visible = max(1, area.height - 2)
        let title: String
        let all: [[Span]]
        var selected: Int?
        var first = 0
        switch overlay {
        case .help(let scroll):
            title = HelpOverlay.title(.meeting)
            all = helpLines()
            first = min(scroll, max(0, all.count - visible))
        case .attendance(let row):
            title = "Attendance · \(state.present.count) of \(state.expected.count) here · "
                + state.keymap.firstKeyName(MeetingCommand.attendanceToggle.rawValue) + " toggles · "
                + state.keymap.firstKeyName(MeetingCommand.attendanceGuest.rawValue) + " adds who joined"
            all = attendanceLines()
            first = MeetingText.window(count: all.count, visible: visible, selected: row).lowerBound
            selected = row
        case .questions(let row):
            let keys = state.keymap
            let answered = state.questionStatus.values.filter { $0 == .answered }.count
            title = "Questions · \(state.questions.count), \(answered) answered · \(keys.firstKeyName(MeetingCommand.questionAnswered.rawValue)) answered · "
                + "\(keys.firstKeyName(MeetingCommand.questionDismissed.rawValue)) dismissed"
            all = questionLines()
            first = MeetingText.window(count: all.count, visible: visible, selected: row).lowerBound
            selected = state.questions.isEmpty ? nil : row
        case .rotation(let scroll):
            title = "Rotation: facilitator and note-taker"
            all = rotationLines()
            first = min(scroll, max(0, all.count - visible))
        case .notes(let row):
            let keys = state.keymap
            title = "Notes · \(keys.firstKeyName(MeetingCommand.noteEdit.rawValue)) edit · \(keys.firstKeyName(MeetingCommand.noteDelete.rawValue)) delete · "
                + "\(keys.firstKeyName(MeetingCommand.noteUndo.rawValue)) undo"
            all = noteLines()
            first = MeetingText.window(count: all.count, visible: visible, selected: row).lowerBound
            selected = all.isEmpty ? nil : row
        }
        var shown = Array(all[min(first, all.count)..<min(all.count, first + visible)])
        if let selected, shown.indices.contains(selected - first) {
            shown[selected - first] = shown[selected - first].map { Span($0.text, style: $0.style.patched(by: theme.style(.selection))) }
        }
        let modal = Modal(title: title, lines: shown, style: theme.onText(.overlay), border: .rounded,
                          borderStyle: theme.onText(.overlay).patched(by: theme.style(.borderFocused)),
                          titleStyle: theme.onText(.overlay).patched(by: theme.style(.title)), minimumWidth: 40)
        grid.render(modal, in: area)
    }
}
