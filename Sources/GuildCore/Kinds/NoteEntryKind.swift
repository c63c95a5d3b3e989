import Foundation

extension RecordKind {
    /// NoteEntry records, in the store's `notes/` folder.
    public static let note = RecordKind(folder: "notes")
}

/// The NoteEntry kind, declared once: its folder (above), noun, table, names, load cache coding and form.
extension NoteEntry {
    /// Everything the program knows about NoteEntry records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        NoteEntry.self, noun: "note", table: \.notes,
        title: { note, _ in note.text },
        label: { note, _ in "note “\(note.text.prefix(40))”" },
        cache: cacheCoding, form: NoteForm.form, groupsLoadOnRequest: true
    )

    /// How the load cache writes and reads NoteEntry records.
    static let cacheCoding = RecordCacheCoding(NoteEntry.self, fields: ["NoteEntry": "id,sessionID,kind,text,author,agendaItemID,writer,createdAt,updatedAt"],
        samples: { [NoteEntry(id: RecordCacheCoding.sampleID, sessionID: RecordCacheCoding.sampleID, kind: .note, text: "", createdAt: RecordCacheCoding.sampleDate)] }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: NoteEntry, _ w: inout ByteWriter) {
        w.uuid(r.id); w.uuid(r.sessionID); w.string(r.kind.rawValue); w.string(r.text)
        w.optional(r.author) { $0.uuid($1) }
        w.optional(r.agendaItemID) { $0.uuid($1) }
        w.optional(r.writer) { $0.string($1.rawValue) }
        w.date(r.createdAt); w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> NoteEntry {
        NoteEntry(id: try r.uuid(), sessionID: try r.uuid(), kind: try r.raw(NoteEntry.Kind.self), text: try r.string(),
                  author: try r.optionalUUID(), agendaItemID: try r.optionalUUID(),
                  writer: try r.optional { (r: inout ByteReader) throws(CacheFormatError) in try r.raw(NoteEntry.Writer.self) },
                  createdAt: try r.date(), updatedAt: try r.date())
    }
}

/// The note form: a meeting note's kind and text, fixed from the dashboard (the session's detail view, or the palette).
/// Who it is credited to, its agenda item and its time stay as the meeting saved them.
public enum NoteForm {
    /// The kinds a note can have, anonymous questions aside (a question's kind and author stay as asked).
    static let kinds = NoteEntry.Kind.allCases

    /// The fields, filled from `note`.
    static func fields(_ note: NoteEntry?) -> [FieldSpec] {
        [
            FieldSpec("kind", "Kind", options: kinds.map { NoteKindText.name($0) }, selected: kinds.firstIndex(of: note?.kind ?? .note) ?? 0),
            FieldSpec("text", "Text", .multiline, text: note?.text ?? "", required: true),
        ]
    }

    /// The note the fields describe: the note edited, or a new one for the session `link` (a session's detail view).
    static func build(_ reader: any FormInput, base: NoteEntry?, link: UUID?) throws(FieldError) -> NoteEntry {
        guard var note = base ?? link.map({ NoteEntry(id: reader.newID(), sessionID: $0, kind: .note, text: "", createdAt: reader.now) }) else {
            throw FieldError(field: "", "a note belongs to a session: add it from the session's detail view or in the meeting")
        }
        note.kind = try reader.choice("kind", kinds)
        note.text = try reader.text("text")
        note.updatedAt = reader.now
        return note
    }

    /// The notes of `sessions` (every note when nil), newest first, as a picker lists them.
    public static func rows(_ data: GuildData, sessions: Set<UUID>? = nil) -> [RecordRow] {
        data.notes.values.filter { sessions?.contains($0.sessionID) ?? true }
            .sorted { ($0.createdAt, $0.id.uuidString) > ($1.createdAt, $1.id.uuidString) }
            .map { note in
                let session = data.sessions[note.sessionID]?.title ?? ""
                return RecordRow(id: note.id, title: String(note.text.split(whereSeparator: \.isNewline).first ?? ""),
                                        detail: NoteKindText.name(note.kind) + (session.isEmpty ? "" : " · " + session))
            }
    }
}

extension NoteForm {
    /// How a form edits NoteEntry records (part of `NoteEntry.descriptor`).
    static let form = RecordForm(
        NoteEntry.self, paletteOrder: 8, deleteDetail: "The minutes are made from the notes as they are now.", createsBlank: false,
        fields: { note, _, _, _ in fields(note) },
        build: { (reader, base, link) throws(FieldError) in try build(reader, base: base, link: link) },
        rows: { data, _ in rows(data) }
    )
}
