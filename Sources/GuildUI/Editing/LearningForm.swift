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
