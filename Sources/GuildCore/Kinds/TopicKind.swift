import Foundation

extension RecordKind {
    /// Topic records, in the store's `topics/` folder.
    public static let topic = RecordKind(folder: "topics")
}

/// The Topic kind, declared once: its folder (above), noun, table, names, load cache coding and form.
extension Topic {
    /// Everything the program knows about Topic records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Topic.self, noun: "topic", table: \.topics,
        title: { topic, _ in topic.title },
        cache: cacheCoding, form: TopicForm.form
    )

    /// How the load cache writes and reads Topic records.
    static let cacheCoding = RecordCacheCoding(Topic.self, fields: [
        "Topic": "id,title,details,proposedBy,votes,skillIDs,suggestedPresenters,status,sessionID,createdAt,updatedAt",
    ], samples: { [Topic(id: RecordCacheCoding.sampleID, title: "", createdAt: RecordCacheCoding.sampleDate)] }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: Topic, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.title); w.string(r.details)
        w.optional(r.proposedBy) { $0.uuid($1) }
        w.uuids(r.votes); w.uuids(r.skillIDs); w.uuids(r.suggestedPresenters)
        w.string(r.status.rawValue)
        w.optional(r.sessionID) { $0.uuid($1) }
        w.date(r.createdAt); w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> Topic {
        Topic(id: try r.uuid(), title: try r.string(), details: try r.string(), proposedBy: try r.optionalUUID(),
              votes: try r.uuids(), skillIDs: try r.uuids(), suggestedPresenters: try r.uuids(),
              status: try r.raw(Topic.Status.self), sessionID: try r.optionalUUID(), createdAt: try r.date(), updatedAt: try r.date())
    }
}

/// The topic form: a proposal with details, who proposed it, who could present, the skills it builds, votes and status.
public enum TopicForm {
    static let statuses = Topic.Status.allCases

    /// The fields, filled from `topic`.
    static func fields(_ topic: Topic?, data: GuildData) -> [FieldSpec] {
        [
            FieldSpec("title", "Title", .text, text: topic?.title ?? "", required: true),
            FieldSpec("details", "Details", .multiline, text: topic?.details ?? ""),
            FieldSpec("proposedBy", "Proposed by", .person, text: PeopleText.one(topic?.proposedBy, data: data)),
            FieldSpec("presenters", "Could present", .people, text: PeopleText.many(topic?.suggestedPresenters ?? [], data: data)),
            FieldSpec("skills", "Skills", .skills, text: PeopleText.skills(topic?.skillIDs ?? [], data: data)),
            FieldSpec("votes", "Votes", .people, text: PeopleText.many(topic?.votes ?? [], data: data)),
            FieldSpec("status", "Status", options: statuses.map(\.rawValue), selected: statuses.firstIndex(of: topic?.status ?? .proposed) ?? 0),
        ]
    }

    /// The topic the fields describe.
    static func build(_ reader: any FormInput, base: Topic?) throws(FieldError) -> Topic {
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
    /// How a form edits Topic records (part of `Topic.descriptor`).
    static let form = RecordForm(
        Topic.self, paletteOrder: 4, fields: { topic, data, _, _ in fields(topic, data: data) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, _ in
            data.topics.values.sorted { ($0.votes.count, $1.title) > ($1.votes.count, $0.title) }
                .map { RecordRow(id: $0.id, title: $0.title, detail: "\($0.status.rawValue) · \($0.votes.count) votes") }
        }
    )
}
