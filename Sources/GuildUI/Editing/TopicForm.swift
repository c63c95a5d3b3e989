import Foundation
import GuildCore

/// The topic form: a proposal with details, who proposed it, who could present, the skills it builds, votes and status.
enum TopicForm {
    static let statuses = Topic.Status.allCases

    /// The fields, filled from `topic`.
    static func fields(_ topic: Topic?, data: GuildData) -> [FormField] {
        [
            FormField("title", "Title", .text, text: topic?.title ?? "", required: true),
            FormField("details", "Details", .multiline, text: topic?.details ?? ""),
            FormField("proposedBy", "Proposed by", .person, text: PeopleText.one(topic?.proposedBy, data: data)),
            FormField("presenters", "Could present", .people, text: PeopleText.many(topic?.suggestedPresenters ?? [], data: data)),
            FormField("skills", "Skills", .skills, text: PeopleText.skills(topic?.skillIDs ?? [], data: data)),
            FormField("votes", "Votes", .people, text: PeopleText.many(topic?.votes ?? [], data: data)),
            FormField("status", "Status", options: statuses.map(\.rawValue), selected: statuses.firstIndex(of: topic?.status ?? .proposed) ?? 0),
        ]
    }

    /// The topic the fields describe.
    static func build(_ reader: FormReader, base: Topic?) throws(FieldError) -> Topic {
        var topic = base ?? Topic(id: reader.newID(), title: "", createdAt: reader.now)
        topic.title = try reader.text("title")
        topic.details = try reader.text("details")
        topic.proposedBy = try reader.person("proposedBy")
        topic.suggestedPresenters = try reader.ids("presenters")
        topic.skillIDs = try reader.ids("skills")
        topic.votes = try reader.ids("votes")
        topic.status = try reader.choice("status", statuses)
        topic.updatedAt = reader.now
        return topic
    }
}

extension TopicForm {
    /// How the dashboard edits Topic records (registered in `RecordEditor.all`).
    static let editor = RecordEditor(
        Topic.self, fields: { topic, data, _, _ in fields(topic, data: data) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, _ in
            data.topics.values.sorted { ($0.votes.count, $1.title) > ($1.votes.count, $0.title) }
                .map { RecordPicker.Row(id: $0.id, title: $0.title, detail: "\($0.status.rawValue) · \($0.votes.count) votes") }
        }
    )
}
