import Foundation
import GuildCore
import TerminalGrid

/// The notes so far, newest at the bottom: each with its kind's key as a badge, the speaker when known, and action items inline.
struct MeetingNotesPanel {
    let state: MeetingState

    /// One line per note or action item, oldest first.
    func lines(width: Int) -> [[Span]] {
        let theme = state.theme
        let data = state.data
        var entries: [(date: Date, id: String, line: [Span])] = []
        for note in state.notes where !ParkingLot.isParked(note) {
            let badge = Span(" \(note.kind.key) ", style: theme.style(NoteKindText.role(note.kind)).adding(.reverse))
            let who = note.author.map { " — " + PersonName.fit(state.name(of: $0), width: 16) } ?? ""
            entries.append((note.createdAt, note.id.uuidString,
                            [badge, Span(" "), Span(SafeText.sanitize(note.text)), Span(who, style: theme.style(.muted))]))
        }
        for item in state.meetingActions {
            let owner = item.owner.flatMap { data.people[$0] }.map { " @" + $0.handle } ?? " (no owner)"
            let due = item.due.map { " due \($0)" } ?? ""
            entries.append((item.createdAt, item.id.uuidString,
                            [Span(" a ", style: theme.style(.accent).adding(.reverse)), Span(" "), Span(SafeText.sanitize(item.title)),
                             Span(owner, style: theme.style(.title)), Span(due, style: theme.style(.muted))]))
        }
        return entries.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map(\.line)
    }

    func draw(in rect: Rect, on grid: inout Grid) {
        let theme = state.theme
        let all = lines(width: rect.width)
        func name(_ command: MeetingCommand) -> String { state.keymap.firstKeyName(command.rawValue) }
        let keys = (MeetingCommand.noteKinds + [.noteAction, .noteParking]).map(name).joined(separator: " ")
        PaneFrame(title: "Notes (\(all.count))", info: state.role == .notes ? [] : [Span("keys: \(keys)")], isFocused: state.composer != nil)
            .draw(in: rect, on: &grid, theme: theme)
        let inner = Box.inner(of: rect).inset(left: 1)
        guard !inner.isEmpty else { return }
        guard !all.isEmpty else {
            let kinds: [(MeetingCommand, String)] = [(.noteNote, "note"), (.noteDecision, "decision"), (.noteSupport, "support"),
                                                     (.noteObjection, "objection"), (.noteLearning, "learning"), (.noteSuccess, "success"),
                                                     (.noteFrustration, "frustration"), (.notePairing, "pairing"), (.noteAction, "action item")]
            RowList.drawEmpty(["No notes yet", kinds.map { name($0.0) + " " + $0.1 }.joined(separator: " · ")], in: inner, on: &grid, theme: theme)
            return
        }
        MeetingText.draw(Array(all.suffix(inner.height)), in: inner, on: &grid, base: theme.style(.text))
    }
}
