import Foundation

extension RecordKind {
    /// ActionItem records, in the store's `actions/` folder.
    public static let action = RecordKind(folder: "actions")
}

/// The ActionItem kind, declared once: its folder (above), noun, table, names, load cache coding and form.
extension ActionItem {
    /// Everything the program knows about ActionItem records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        ActionItem.self, noun: "action item", table: \.actions,
        title: { item, _ in item.title },
        cache: cacheCoding, form: ActionForm.form
    )

    /// How the load cache writes and reads ActionItem records.
    static let cacheCoding = RecordCacheCoding(ActionItem.self, fields: ["ActionItem": "id,title,owner,due,status,sessionID,tag,createdAt,completedAt,updatedAt",
                                  "Day": "year,month,day"],
        samples: { [ActionItem(id: RecordCacheCoding.sampleID, title: "", createdAt: RecordCacheCoding.sampleDate), Day(year: 2000, month: 1, day: 1)!] },
        encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: ActionItem, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.title)
        w.optional(r.owner) { $0.uuid($1) }
        w.optional(r.due) { w, day in w.u32(UInt32(day.year)); w.u8(UInt8(day.month)); w.u8(UInt8(day.day)) }
        w.string(r.status.rawValue)
        w.optional(r.sessionID) { $0.uuid($1) }
        w.optional(r.tag) { $0.string($1) }
        w.date(r.createdAt)
        w.optional(r.completedAt) { $0.date($1) }
        w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> ActionItem {
        let id = try r.uuid()
        let title = try r.string()
        let owner = try r.optionalUUID()
        let due = try r.optional { (r: inout ByteReader) throws(CacheFormatError) -> Day in
            let (year, month, day) = (Int(try r.u32()), Int(try r.u8()), Int(try r.u8()))
            guard let value = Day(year: year, month: month, day: day) else { throw CacheFormatError("bad day") }
            return value
        }
        return ActionItem(id: id, title: title, owner: owner, due: due, status: try r.raw(ActionItem.Status.self),
                          sessionID: try r.optionalUUID(), tag: try r.optionalString(), createdAt: try r.date(),
                          completedAt: try r.optionalDate(), updatedAt: try r.date())
    }
}

/// The action item form: title, owner, due day, tag and status; reassigning shows only the owner.
public enum ActionForm {
    static let statuses = ActionItem.Status.allCases

    /// The fields, filled from `item`.
    static func fields(_ item: ActionItem?, data: GuildData) -> [FieldSpec] {
        [
            FieldSpec("title", "Title", .text, text: item?.title ?? "", required: true),
            FieldSpec("owner", "Owner", .person, text: PeopleText.one(item?.owner, data: data)),
            FieldSpec("due", "Due", .date(time: false), text: item?.due?.description ?? ""),
            FieldSpec("tag", "Tag", .text, text: item?.tag.map { "#" + $0 } ?? ""),
            FieldSpec("status", "Status", options: statuses.map(\.rawValue), selected: statuses.firstIndex(of: item?.status ?? .open) ?? 0),
        ]
    }

    /// Only the owner: what `r` (reassign) opens.
    public static func reassignFields(_ item: ActionItem, data: GuildData) -> [FieldSpec] {
        [FieldSpec("owner", "Owner", .person, text: PeopleText.one(item.owner, data: data))]
    }

    /// The item the fields describe; fields the form does not show keep their values.
    static func build(_ reader: any FormInput, base: ActionItem?, sessionID: UUID?) throws(FieldError) -> ActionItem {
        var item = base ?? ActionItem(id: reader.newID(), title: "", sessionID: sessionID, createdAt: reader.now)
        if reader.has("title") { item.title = try reader.text("title") }
        if reader.has("owner") { item.owner = try reader.person("owner") }
        if reader.has("due") { item.due = try reader.date("due")?.day }
        if reader.has("tag") {
            let tag = try reader.text("tag")
            item.tag = tag.isEmpty ? nil : String(tag.drop { $0 == "#" })
        }
        if reader.has("status") {
            let status = try reader.choice("status", statuses)
            if status != item.status {
                if status == .done || item.status == .done { item.setDone(status == .done, at: reader.now) }
                item.status = status
            }
        }
        item.updatedAt = reader.now
        return item
    }
}

extension ActionForm {
    /// How a form edits ActionItem records (part of `ActionItem.descriptor`).
    static let form = RecordForm(
        ActionItem.self, paletteOrder: 3, homePane: "actions",
        fields: { item, data, _, _ in fields(item, data: data) },
        build: { (reader, base, sessionID) throws(FieldError) in try build(reader, base: base, sessionID: sessionID) },
        rows: { data, _ in
            data.actions.values.sorted { ($0.status.rawValue, $0.title) < ($1.status.rawValue, $1.title) }
                .map { RecordRow(id: $0.id, title: $0.title, detail: $0.status.rawValue + " · " + data.name(of: $0.owner)) }
        }
    )
}
