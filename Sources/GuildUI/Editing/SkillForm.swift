import Foundation
import GuildCore

/// The skill form: name, category and whether the team marked it critical.
enum SkillForm {
    /// The fields, filled from `skill`.
    static func fields(_ skill: Skill?) -> [FormField] {
        [
            FormField("name", "Name", .text, text: skill?.name ?? "", required: true),
            FormField("category", "Category", .text, text: skill?.category ?? ""),
            FormField("critical", "Critical", toggle: skill?.isCritical ?? false),
        ]
    }

    /// The skill the fields describe; a name another skill has is refused.
    static func build(_ reader: FormReader, base: Skill?) throws(FieldError) -> Skill {
        var skill = base ?? Skill(id: reader.newID(), name: "", updatedAt: reader.now)
        skill.name = try reader.text("name")
        if let other = reader.data.skill(named: skill.name), other.id != skill.id {
            throw FieldError(field: "name", "there is already a skill called “\(other.name)”")
        }
        skill.category = try reader.text("category")
        let critical = try reader.toggle("critical")
        skill.critical = critical ? true : (base?.critical == nil ? nil : false)
        skill.updatedAt = reader.now
        return skill
    }
}

extension SkillForm {
    /// How the dashboard edits Skill records (registered in `RecordEditor.all`).
    static let editor = RecordEditor(
        Skill.self, fields: { skill, _, _, _ in fields(skill) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, _ in
            data.skills.values.sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }
                .map { RecordPicker.Row(id: $0.id, title: $0.name, detail: $0.category) }
        }
    )
}
