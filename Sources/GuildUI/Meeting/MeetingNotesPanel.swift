import Foundation
import GuildCore
import TerminalGrid

/// The notes so far, newest at the bottom: each with its kind's key as a badge, the speaker when known, and action items inline.
struct MeetingNotesPanel {
    let state: MeetingState

    /// How many lines the panel has in all (notes not parked, and action items), and the last `limit` of them, oldest
    /// first. Only those are sanitised and styled: a meeting with thousands of notes shows a screenful.
    func lines(last limit: Int) -> (count: Int, lines: [[Span]]) {
        let theme = state.theme
        let data = state.data
        let actions = state.meetingActions
        // The notes are kept sorted by time then id, as the action items are: the newest few of each, merged. How many
        // are not parked is counted once per change of the notes; only the newest are visited here.
        let count = actions.count + state.unparkedNoteCount
        var newestNotes: [NoteEntry] = []
        var index = state.notes.endIndex
        while newestNotes.count < limit, index > state.notes.startIndex {
            index -= 1
            if !ParkingLot.isParked(state.notes[index]) { newestNotes.append(state.notes[index]) }
        }
        newestNotes.reverse()
        let newestActions = actions.suffix(limit)
        enum Entry {
            case note(NoteEntry)
            case action(ActionItem)
        }
        var entries: [(date: Date, id: UUID, entry: Entry)] = newestNotes.map { ($0.createdAt, $0.id, .note($0)) }
        entries += newestActions.map { ($0.createdAt, $0.id, .action($0)) }
        entries.sort { $0.date != $1.date ? $0.date < $1.date : $0.id.precedes($1.id) }
        let lines: [[Span]] = entries.suffix(max(0, limit)).map { entry in
            switch entry.entry {
            case .note(let note):
                let badge = Span(" \(note.kind.key) ", style: theme.style(NoteKindText.role(note.kind)).adding(.reverse))
                let who = note.author.map { " — " + PersonName.fit(state.name(of: $0), width: 16) } ?? ""
                return [badge, Span(" "), Span(SafeText.sanitize(note.text)), Span(who, style: theme.style(.muted))]
            case .action(let item):
                let owner = item.owner.flatMap { data.people[$0] }.map { " @" + $0.handle } ?? " (no owner)"
                let due = item.due.map { " due \($0)" } ?? ""
                return [Span(" a ", style: theme.style(.accent).adding(.reverse)), Span(" "), Span(SafeText.sanitize(item.title)),
                        Span(owner, style: theme.style(.title)), Span(due, style: theme.style(.muted))]
            }
        }
        return (count, lines)
    }

    func draw(in rect: Rect, on grid: inout Grid) {
        let theme = state.theme
        let inner = Box.inner(of: rect).inset(left: 1)
        let (count, shown) = lines(last: max(0, inner.height))
        func name(_ command: MeetingCommand) -> String { state.keymap.firstKeyName(command.rawValue) }
        let keys = (MeetingCommand.noteKinds + [.noteAction, .noteParking]).map(name).joined(separator: " ")
        PaneFrame(title: "Notes (\(count))", info: state.role == .notes ? [] : [Span("keys: \(keys)")], isFocused: state.composer != nil)
            .draw(in: rect, on: &grid, theme: theme)
        guard !inner.isEmpty else { return }
        guard count > 0 else {
            let kinds: [(MeetingCommand, String)] = [(.noteNote, "note"), (.noteDecision, "decision"), (.noteSupport, "support"),
                                                     (.noteObjection, "objection"), (.noteLearning, "learning"), (.noteSuccess, "success"),
                                                     (.noteFrustration, "frustration"), (.notePairing, "pairing"), (.noteAction, "action item")]
            RowList.drawEmpty(["No notes yet", kinds.map { name($0.0) + " " + $0.1 }.joined(separator: " · ")], in: inner, on: &grid, theme: theme)
            return
        }
        MeetingText.draw(shown, in: inner, on: &grid, base: theme.style(.text))
    }
}
