import Foundation
import GuildCore
import TerminalGrid

/// A searchable list of the records of one kind, to edit or delete one (opened from the palette: "edit learning…").
public struct RecordPicker: Sendable, Equatable {
    /// What happens to the record picked.
    public enum Purpose: Sendable, Equatable {
        case edit, delete
    }

    /// One record as the picker lists it.
    typealias Row = RecordRow

    /// The kind of record listed.
    public let kind: RecordKind
    /// Edit or delete the record picked.
    public let purpose: Purpose
    /// The search text.
    public internal(set) var field = TextField()
    /// The highlighted row, an index into `matches`.
    public internal(set) var selected = 0

    /// For notes: only those of these sessions (a session's detail view); nil lists every record of the kind.
    public let sessions: Set<UUID>?

    /// A picker over every record of `kind` (only the notes of `sessions`, when given).
    init(kind: RecordKind, purpose: Purpose, sessions: Set<UUID>? = nil) {
        self.kind = kind
        self.purpose = purpose
        self.sessions = sessions
    }

    /// "Edit which learning?".
    var title: String {
        (purpose == .edit ? "Edit" : "Delete") + " which \(kind.descriptor.noun)?"
    }

    /// Every record of the kind, as rows, in a stable order.
    static func rows(_ kind: RecordKind, data: GuildData, calendar: Calendar) -> [Row] {
        RecordEditor.of(kind)?.rows(data: data, calendar: calendar) ?? []
    }

    /// The rows matching the typed text, best first.
    func matches(data: GuildData, calendar: Calendar) -> [Row] {
        let all = kind == .note && sessions != nil ? NoteForm.rows(data, sessions: sessions) : Self.rows(kind, data: data, calendar: calendar)
        return FuzzyMatch.rank(field.text, all.map { $0.title + " " + $0.detail }).map { all[$0] }
    }
}
