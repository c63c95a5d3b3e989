import Foundation

extension RecordKind {
    /// Skill records, in the store's `skills/` folder.
    public static let skill = RecordKind(folder: "skills")
}

/// The Skill kind, declared once: its folder (above), noun, table, names, load cache coding.
extension Skill {
    /// Everything the program knows about Skill records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Skill.self, noun: "skill", table: \.skills,
        title: { skill, _ in skill.name },
        cache: cacheCoding, writtenFirst: true
    )

    /// How the load cache writes and reads Skill records.
    static let cacheCoding = RecordCacheCoding(Skill.self, fields: ["Skill": "id,name,category,critical,updatedAt"],
                     samples: { [Skill(id: RecordCacheCoding.sampleID, name: "", updatedAt: RecordCacheCoding.sampleDate)] }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: Skill, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.name); w.string(r.category)
        w.optional(r.critical) { $0.bool($1) }
        w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> Skill {
        Skill(id: try r.uuid(), name: try r.string(), category: try r.string(), critical: try r.optionalBool(), updatedAt: try r.date())
    }
}
