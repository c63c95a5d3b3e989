import Foundation

extension RecordKind {
    /// Topic records, in the store's `topics/` folder.
    public static let topic = RecordKind(folder: "topics")
}

/// The Topic kind, declared once: its folder (above), noun, table, names, load cache coding.
extension Topic {
    /// Everything the program knows about Topic records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Topic.self, noun: "topic", table: \.topics,
        title: { topic, _ in topic.title },
        cache: cacheCoding
    )

    /// How the load cache writes and reads Topic records.
    static let cacheCoding = RecordCacheCoding(Topic.self, fields: [
        "Topic": "id,title,details,proposedBy,votes,skillIDs,suggestedPresenters,status,sessionID,createdAt,updatedAt",
    ], samples: { [Topic(id: RecordCacheCoding.sampleID, title: "", createdAt: RecordCacheCoding.sampleDate)] }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: Topic, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.title); w.string(r.details)
        w.optional(r.proposedBy) { $0.uuid($1) }
        w.uuids(r.votes); w.uuids(r.skillIDs); w.uuids(r.suggestedPresenters)
        w.string(r.status.rawValue)
        w.optional(r.sessionID) { $0.uuid($1) }
        w.date(r.createdAt); w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> Topic {
        Topic(id: try r.uuid(), title: try r.string(), details: try r.string(), proposedBy: try r.optionalUUID(),
              votes: try r.uuids(), skillIDs: try r.uuids(), suggestedPresenters: try r.uuids(),
              status: try r.raw(Topic.Status.self), sessionID: try r.optionalUUID(), createdAt: try r.date(), updatedAt: try r.date())
    }
}
