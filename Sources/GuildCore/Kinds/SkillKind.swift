import Foundation

extension RecordKind {
    /// Skill records, in the store's `skills/` folder.
    public static let skill = RecordKind(folder: "skills")
}

/// The Skill kind, declared once: its folder (above), noun, table, names, load cache coding and form.
extension Skill {
    /// Everything the program knows about Skill records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Skill.self, noun: "skill", table: \.skills,
        title: { skill, _ in skill.name },
        cache: cacheCoding, form: SkillForm.form, writtenFirst: true
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

/// The skill form: name, category and whether the team marked it critical.
public enum SkillForm {
    /// The fields, filled from `skill`.
    static func fields(_ skill: Skill?) -> [FieldSpec] {
        [
            FieldSpec("name", "Name", .text, text: skill?.name ?? "", required: true),
            FieldSpec("category", "Category", .text, text: skill?.category ?? ""),
            FieldSpec("critical", "Critical", toggle: skill?.isCritical ?? false),
        ]
    }

    /// The skill the fields describe; a name another skill has is refused.
    static func build(_ reader: any FormInput, base: Skill?) throws(FieldError) -> Skill {
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
    /// How a form edits Skill records (part of `Skill.descriptor`).
    static let form = RecordForm(
        Skill.self, paletteOrder: 2, fields: { skill, _, _, _ in fields(skill) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, _ in
            data.skills.values.sorted { ($0.name, $0.id.orderKey) < ($1.name, $1.id.orderKey) }
                .map { RecordRow(id: $0.id, title: $0.name, detail: $0.category) }
        }
    )
}
