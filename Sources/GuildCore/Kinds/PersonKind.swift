import Foundation

extension RecordKind {
    /// Person records, in the store's `people/` folder.
    public static let person = RecordKind(folder: "people")
}

/// The Person kind, declared once: its folder (above), noun, table, names, load cache coding.
extension Person {
    /// Everything the program knows about Person records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Person.self, noun: "person", table: \.people,
        title: { person, _ in "\(person.name) (@\(person.handle))" },
        label: { person, _ in "person “\(person.name)”" },
        cache: cacheCoding, writtenFirst: true
    )

    /// How the load cache writes and reads Person records.
    static let cacheCoding = RecordCacheCoding(Person.self, fields: ["Person": "id,name,handle,team,role,email,away,pairingOptOut,updatedAt"],
                     samples: { [Person(id: RecordCacheCoding.sampleID, name: "", handle: "", updatedAt: RecordCacheCoding.sampleDate)] }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: Person, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.name); w.string(r.handle); w.string(r.team); w.string(r.role)
        w.optional(r.email) { $0.string($1) }
        w.optional(r.away) { $0.bool($1) }
        w.optional(r.pairingOptOut) { $0.bool($1) }
        w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> Person {
        Person(id: try r.uuid(), name: try r.string(), handle: try r.string(), team: try r.string(), role: try r.string(),
               email: try r.optionalString(), away: try r.optionalBool(), pairingOptOut: try r.optionalBool(),
               updatedAt: try r.date())
    }
}
