import Foundation

extension RecordKind {
    /// NoteEntry records, in the store's `notes/` folder.
    public static let note = RecordKind(folder: "notes")
}

/// The NoteEntry kind, declared once: its folder (above), noun, table, names, load cache coding.
extension NoteEntry {
    /// Everything the program knows about NoteEntry records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        NoteEntry.self, noun: "note", table: \.notes,
        title: { note, _ in note.text },
        label: { note, _ in "note “\(note.text.prefix(40))”" },
        cache: cacheCoding, groupsLoadOnRequest: true
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
