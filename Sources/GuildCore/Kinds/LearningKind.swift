import Foundation

extension RecordKind {
    /// Learning records, in the store's `learnings/` folder.
    public static let learning = RecordKind(folder: "learnings")
}

/// The Learning kind, declared once: its folder (above), noun, table, names, load cache coding and form.
extension Learning {
    /// Everything the program knows about Learning records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Learning.self, noun: "learning", table: \.learnings,
        title: { learning, _ in learning.text },
        label: { learning, _ in "learning “\(learning.text.prefix(40))”" },
        cache: cacheCoding, form: LearningForm.form
    )

    /// How the load cache writes and reads Learning records.
    static let cacheCoding = RecordCacheCoding(Learning.self, fields: ["Learning": "id,kind,text,context,sessionID,author,kudosTo,createdAt,updatedAt"],
        samples: { [Learning(id: RecordCacheCoding.sampleID, kind: .win, text: "", createdAt: RecordCacheCoding.sampleDate)] }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: Learning, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.kind.rawValue); w.string(r.text); w.string(r.context)
        w.optional(r.sessionID) { $0.uuid($1) }
        w.optional(r.author) { $0.uuid($1) }
        w.uuids(r.kudosTo)
        w.date(r.createdAt); w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> Learning {
        Learning(id: try r.uuid(), kind: try r.raw(Learning.Kind.self), text: try r.string(), context: try r.string(),
                 sessionID: try r.optionalUUID(), author: try r.optionalUUID(), kudosTo: try r.uuids(),
                 createdAt: try r.date(), updatedAt: try r.date())
    }
}

/// The learning form: a win, an opportunity or a lesson, its context, who wrote it and who gets kudos.
public enum LearningForm {
    static let kinds = Learning.Kind.allCases

    /// The fields, filled from `learning`.
    static func fields(_ learning: Learning?, data: GuildData) -> [FieldSpec] {
        [
            FieldSpec("kind", "Kind", options: kinds.map(\.rawValue), selected: kinds.firstIndex(of: learning?.kind ?? .lesson) ?? 0),
            FieldSpec("text", "Text", .multiline, text: learning?.text ?? "", required: true),
            FieldSpec("context", "Context", .text, text: learning?.context ?? ""),
            FieldSpec("author", "Author", .person, text: PeopleText.one(learning?.author, data: data)),
            FieldSpec("kudos", "Kudos to", .people, text: PeopleText.many(learning?.kudosTo ?? [], data: data)),
        ]
    }

    /// The learning the fields describe.
    static func build(_ reader: any FormInput, base: Learning?) throws(FieldError) -> Learning {
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
    /// How a form edits Learning records (part of `Learning.descriptor`).
    static let form = RecordForm(
        Learning.self, paletteOrder: 5, fields: { learning, data, _, _ in fields(learning, data: data) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, _ in
            data.learnings.values.sorted { ($0.createdAt, $0.id.orderKey) > ($1.createdAt, $1.id.orderKey) }
                .map { RecordRow(id: $0.id, title: String($0.text.split(whereSeparator: \.isNewline).first ?? ""), detail: $0.kind.rawValue) }
        }
    )
}
