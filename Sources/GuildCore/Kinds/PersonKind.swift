import Foundation

extension RecordKind {
    /// Person records, in the store's `people/` folder.
    public static let person = RecordKind(folder: "people")
}

/// The Person kind, declared once: its folder (above), noun, table, names, load cache coding and form.
extension Person {
    /// Everything the program knows about Person records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Person.self, noun: "person", table: \.people,
        title: { person, _ in "\(person.name) (@\(person.handle))" },
        label: { person, _ in "person “\(person.name)”" },
        cache: cacheCoding, form: PersonForm.form, writtenFirst: true
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

/// The person form: name, handle, team, role, e-mail, away and pairing opt-out.
public enum PersonForm {
    /// The fields, filled from `person`.
    static func fields(_ person: Person?) -> [FieldSpec] {
        [
            FieldSpec("name", "Name", .text, text: person?.name ?? "", required: true),
            FieldSpec("handle", "Handle", .text, text: person?.handle ?? "", required: true),
            FieldSpec("team", "Team", .text, text: person?.team ?? ""),
            FieldSpec("role", "Role", .text, text: person?.role ?? ""),
            FieldSpec("email", "E-mail", .text, text: person?.email ?? ""),
            FieldSpec("away", "Away", toggle: person?.isAway ?? false),
            FieldSpec("pairingOptOut", "No pairing", toggle: person?.pairingOptOut ?? false),
        ]
    }

    /// The person the fields describe; a handle someone else has is refused.
    static func build(_ reader: any FormInput, base: Person?) throws(FieldError) -> Person {
        var person = base ?? Person(id: reader.newID(), name: "", handle: "", updatedAt: reader.now)
        person.name = try reader.text("name")
        person.handle = Handle.normalize(try reader.text("handle"))
        if let other = reader.data.person(handle: person.handle), other.id != person.id {
            throw FieldError(field: "handle", "@\(person.handle) is already \(other.name)'s handle")
        }
        person.team = try reader.text("team")
        person.role = try reader.text("role")
        person.email = try reader.optionalText("email")
        let away = try reader.toggle("away")
        person.away = away ? true : (base?.away == nil ? nil : false)
        let optOut = try reader.toggle("pairingOptOut")
        person.pairingOptOut = optOut ? true : (base?.pairingOptOut == nil ? nil : false)
        person.updatedAt = reader.now
        return person
    }
}

extension PersonForm {
    /// How a form edits Person records (part of `Person.descriptor`).
    static let form = RecordForm(
        Person.self, paletteOrder: 1, homePane: "matrix", deleteDetail: "Their rating history and action items stay in the store.",
        fields: { person, _, _, _ in fields(person) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, _ in
            data.people.values.sorted { ($0.name, $0.id.orderKey) < ($1.name, $1.id.orderKey) }
                .map { RecordRow(id: $0.id, title: $0.name, detail: "@" + $0.handle) }
        }
    )
}
