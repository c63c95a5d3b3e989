import Foundation
import GuildCore

/// The learning form: a win, an opportunity or a lesson, its context, who wrote it and who gets kudos.
enum LearningForm {
    static let kinds = Learning.Kind.allCases

    /// The fields, filled from `learning`.
    static func fields(_ learning: Learning?, data: GuildData) -> [FormField] {
        [
            FormField("kind", "Kind", options: kinds.map(\.rawValue), selected: kinds.firstIndex(of: learning?.kind ?? .lesson) ?? 0),
            FormField("text", "Text", .multiline, text: learning?.text ?? "", required: true),
            FormField("context", "Context", .text, text: learning?.context ?? ""),
            FormField("author", "Author", .person, text: PeopleText.one(learning?.author, data: data)),
            FormField("kudos", "Kudos to", .people, text: PeopleText.many(learning?.kudosTo ?? [], data: data)),
        ]
    }

    /// The learning the fields describe.
    static func build(_ reader: FormReader, base: Learning?) throws(FieldError) -> Learning {
        var learning = base ?? Learning(id: reader.newID(), kind: .lesson, text: "", createdAt: reader.now)
        learning.kind = try reader.choice("kind", kinds)
        learning.text = try reader.text("text")
        learning.context = try reader.text("context")
        learning.author = try reader.person("author")
        learning.kudosTo = try reader.ids("kudos")
        learning.updatedAt = reader.now
        return learning
    }
}

extension LearningForm {
    /// How the dashboard edits Learning records (registered in `RecordEditor.all`).
    static let editor = RecordEditor(
        Learning.self, fields: { learning, data, _, _ in fields(learning, data: data) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, _ in
            data.learnings.values.sorted { ($0.createdAt, $0.id.uuidString) > ($1.createdAt, $1.id.uuidString) }
                .map { RecordPicker.Row(id: $0.id, title: String($0.text.split(whereSeparator: \.isNewline).first ?? ""), detail: $0.kind.rawValue) }
        }
    )
}
