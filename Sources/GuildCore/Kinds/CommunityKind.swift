import Foundation

extension RecordKind {
    /// Community records, in the store's `communities/` folder.
    public static let community = RecordKind(folder: "communities")
}

/// The Community kind, declared once: its folder (above), noun, table, names, load cache coding.
extension Community {
    /// Everything the program knows about Community records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Community.self, noun: "community", table: \.communities,
        title: { community, _ in community.name },
        cache: cacheCoding, writtenFirst: true
    )

    /// How the load cache writes and reads Community records.
    static let cacheCoding = RecordCacheCoding(Community.self, fields: ["Community": "id,name,domain,members,stage,objectives,createdAt,updatedAt",
                                              "Objective": "id,text,status"],
                     samples: { [Community(id: RecordCacheCoding.sampleID, name: "", domain: "", createdAt: RecordCacheCoding.sampleDate), Objective(id: RecordCacheCoding.sampleID, text: "")] },
                     encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: Community, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.name); w.string(r.domain)
        w.uuids(r.members)
        w.string(r.stage.rawValue)
        w.array(r.objectives) { w, objective in
            w.uuid(objective.id); w.string(objective.text); w.string(objective.status.rawValue)
        }
        w.date(r.createdAt); w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> Community {
        Community(id: try r.uuid(), name: try r.string(), domain: try r.string(), members: try r.uuids(),
                  stage: try r.raw(Community.Stage.self),
                  objectives: try r.array { (r: inout ByteReader) throws(CacheFormatError) in
                      Objective(id: try r.uuid(), text: try r.string(), status: try r.raw(Objective.Status.self))
                  },
                  createdAt: try r.date(), updatedAt: try r.date())
    }
}
