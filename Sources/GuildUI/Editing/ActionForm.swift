import Foundation
import GuildCore

/// The action item form: title, owner, due day, tag and status; reassigning shows only the owner.
enum ActionForm {
    static let statuses = ActionItem.Status.allCases

    /// The fields, filled from `item`.
    static func fields(_ item: ActionItem?, data: GuildData) -> [FormField] {
        [
            FormField("title", "Title", .text, text: item?.title ?? "", required: true),
            FormField("owner", "Owner", .person, text: PeopleText.one(item?.owner, data: data)),
            FormField("due", "Due", .date(time: false), text: item?.due?.description ?? ""),
            FormField("tag", "Tag", .text, text: item?.tag.map { "#" + $0 } ?? ""),
            FormField("status", "Status", options: statuses.map(\.rawValue), selected: statuses.firstIndex(of: item?.status ?? .open) ?? 0),
        ]
    }

    /// Only the owner: what `r` (reassign) opens.
    static func reassignFields(_ item: ActionItem, data: GuildData) -> [FormField] {
        [FormField("owner", "Owner", .person, text: PeopleText.one(item.owner, data: data))]
    }

    /// The item the fields describe; fields the form does not show keep their values.
    static func build(_ reader: FormReader, base: ActionItem?, sessionID: UUID?) throws(FieldError) -> ActionItem {
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
    /// How the dashboard edits ActionItem records (registered in `RecordEditor.all`).
    static let editor = RecordEditor(
        ActionItem.self, homePane: .actions,
        fields: { item, data, _, _ in fields(item, data: data) },
        build: { (reader, base, sessionID) throws(FieldError) in try build(reader, base: base, sessionID: sessionID) },
        rows: { data, _ in
            data.actions.values.sorted { ($0.status.rawValue, $0.title) < ($1.status.rawValue, $1.title) }
                .map { RecordPicker.Row(id: $0.id, title: $0.title, detail: $0.status.rawValue + " · " + data.name(of: $0.owner)) }
        }
    )
}
