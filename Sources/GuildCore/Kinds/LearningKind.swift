import Foundation

extension RecordKind {
    /// Learning records, in the store's `learnings/` folder.
    public static let learning = RecordKind(folder: "learnings")
}

/// The Learning kind, declared once: its folder (above), noun, table, names, load cache coding.
extension Learning {
    /// Everything the program knows about Learning records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Learning.self, noun: "learning", table: \.learnings,
        title: { learning, _ in learning.text },
        label: { learning, _ in "learning “\(learning.text.prefix(40))”" },
        cache: cacheCoding
    )

    /// How the load cache writes and reads Learning records.
    static let cacheCoding = RecordCacheCoding(Learning.self, fields: ["Learning": "id,kind,text,context,sessionID,author,kudosTo,createdAt,updatedAt"],
                     samples: { [Learning(id: RecordCacheCoding.sampleID, kind: .win, text: "", createdAt: RecordCacheCoding.sampleDate)] }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: Learning, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.kind.rawValue); w.string(r.text); w.string(r.context)
        w.optional(r.sessionID) { $0.uuid($1) }
        w.optional(r.author) { $0.uuid($1) }
        w.uuids(r.kudosTo)
        w.date(r.createdAt); w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> Learning {
        Learning(id: try r.uuid(), kind: try r.raw(Learning.Kind.self), text: try r.string(), context: try r.string(),
                 sessionID: try r.optionalUUID(), author: try r.optionalUUID(), kudosTo: try r.uuids(),
                 createdAt: try r.date(), updatedAt: try r.date())
    }
}
