import Foundation
import GuildCore

/// The note form: a meeting note's kind and text, fixed from the dashboard (the session's detail view, or the palette).
/// Who it is credited to, its agenda item and its time stay as the meeting saved them.
enum NoteForm {
    /// The kinds a note can have, anonymous questions aside (a question's kind and author stay as asked).
    static let kinds = NoteEntry.Kind.allCases

    /// The fields, filled from `note`.
    static func fields(_ note: NoteEntry?) -> [FormField] {
        [
            FormField("kind", "Kind", options: kinds.map { NoteKindText.name($0) }, selected: kinds.firstIndex(of: note?.kind ?? .note) ?? 0),
            FormField("text", "Text", .multiline, text: note?.text ?? "", required: true),
        ]
    }

    /// The note the fields describe: the note edited, or a new one for the session `link` (a session's detail view).
    static func build(_ reader: FormReader, base: NoteEntry?, link: UUID?) throws(FieldError) -> NoteEntry {
        guard var note = base ?? link.map({ NoteEntry(id: reader.newID(), sessionID: $0, kind: .note, text: "", createdAt: reader.now) }) else {
            throw FieldError(field: "", "a note belongs to a session: add it from the session's detail view or in the meeting")
        }
        note.kind = try reader.choice("kind", kinds)
        note.text = try reader.text("text")
        note.updatedAt = reader.now
        return note
    }

    /// The notes of `sessions` (every note when nil), newest first, as a picker lists them.
    static func rows(_ data: GuildData, sessions: Set<UUID>? = nil) -> [RecordPicker.Row] {
        data.notes.values.filter { sessions?.contains($0.sessionID) ?? true }
            .sorted { ($0.createdAt, $0.id.uuidString) > ($1.createdAt, $1.id.uuidString) }
            .map { note in
                let session = data.sessions[note.sessionID]?.title ?? ""
                return RecordPicker.Row(id: note.id, title: String(note.text.split(whereSeparator: \.isNewline).first ?? ""),
                                        detail: NoteKindText.name(note.kind) + (session.isEmpty ? "" : " · " + session))
            }
    }
}

extension NoteForm {
    /// How the dashboard edits meeting notes (registered in `RecordEditor.all`).
    static let editor = RecordEditor(
        NoteEntry.self, deleteDetail: "The minutes are made from the notes as they are now.", createsBlank: false,
        fields: { note, _, _, _ in fields(note) },
        build: { (reader, base, link) throws(FieldError) in try build(reader, base: base, link: link) },
        rows: { data, _ in rows(data) }
    )
}
