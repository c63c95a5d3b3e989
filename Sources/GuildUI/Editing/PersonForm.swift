import Foundation
import GuildCore

/// The person form: name, handle, team, role, e-mail, away and pairing opt-out.
enum PersonForm {
    /// The fields, filled from `person`.
    static func fields(_ person: Person?) -> [FormField] {
        [
            FormField("name", "Name", .text, text: person?.name ?? "", required: true),
            FormField("handle", "Handle", .text, text: person?.handle ?? "", required: true),
            FormField("team", "Team", .text, text: person?.team ?? ""),
            FormField("role", "Role", .text, text: person?.role ?? ""),
            FormField("email", "E-mail", .text, text: person?.email ?? ""),
            FormField("away", "Away", toggle: person?.isAway ?? false),
            FormField("pairingOptOut", "No pairing", toggle: person?.pairingOptOut ?? false),
        ]
    }

    /// The person the fields describe; a handle someone else has is refused.
    static func build(_ reader: FormReader, base: Person?) throws(FieldError) -> Person {
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
    /// How the dashboard edits Person records (registered in `RecordEditor.all`).
    static let editor = RecordEditor(
        Person.self, homePane: .matrix, deleteDetail: "Their rating history and action items stay in the store.",
        fields: { person, _, _, _ in fields(person) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, _ in
            data.people.values.sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }
                .map { RecordPicker.Row(id: $0.id, title: $0.name, detail: "@" + $0.handle) }
        }
    )
}
