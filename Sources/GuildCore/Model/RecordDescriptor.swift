import Foundation

/// Everything the program knows about one kind of record, in one value: its kind (folder) and type, the noun people
/// use, where `GuildData` keeps it, how it is named on screen, how the load cache codes it and how a form edits it.
///
/// Each kind declares its descriptor once, in `GuildCore/Kinds/<Type>Kind.swift`; `RecordRegistry` lists them, and
/// every layer (the store, the cache, the merge driver, the editor, the palette, `guild list`) reaches a kind through
/// it instead of a `switch`. The operations are closures made once, in the generic initialiser, so they run code
/// specialised for the record type: code that goes through a descriptor pays one indirect call per kind or per
/// record, never a cast per type.
public struct RecordDescriptor: Sendable {
    /// The kind (and store folder) this descriptor describes.
    public let kind: RecordKind
    /// The record type stored under the kind.
    public let recordType: any Record.Type
    /// What people call one record of the kind ("action item").
    public let noun: String
    /// How the load cache codes the kind; nil: its files are always read as JSON.
    public let cache: RecordCacheCoding?
    /// How a form edits the kind; nil: it is not edited in forms.
    public let form: RecordForm?
    /// Written before the other kinds when writing a whole store, because other records refer to it.
    public let writtenFirst: Bool
    /// Its records live in group folders (a note in its session's) that are read only on request.
    public let groupsLoadOnRequest: Bool
    private let find: @Sendable (GuildData, UUID) -> (any Record)?
    private let tally: @Sendable (GuildData) -> Int
    private let insert: @Sendable (inout GuildData, any Record) -> Void
    private let take: @Sendable (inout GuildData, UUID) -> (any Record)?
    private let fillTable: @Sendable (inout GuildData, [any Record]) -> Void
    private let ordered: @Sendable (GuildData) -> [any Record]
    private let name: @Sendable (any Record, GuildData) -> String?
    private let shortLabel: @Sendable (any Record, GuildData) -> String

    /// Describes the records of `type`, kept in `table` of `GuildData`.
    /// - Parameters:
    ///   - table: `GuildData`'s stored table of the kind.
    ///   - title: the record's name as lists and the conflicts screen show it (a person's name and handle); nil
    ///     when the data cannot name it.
    ///   - label: the status line's short name ("session “Retro”"); by default the noun and the title in quotes.
    ///   - cache: how the load cache codes the kind; nil: never cached.
    ///   - form: how the dashboard's forms edit the kind; nil: not edited in forms.
    public init<R: Record>(_ type: R.Type, noun: String, table: WritableKeyPath<GuildData, [UUID: R]> & Sendable,
                           title: @escaping @Sendable (R, GuildData) -> String?,
                           label: (@Sendable (R, GuildData) -> String)? = nil,
                           cache: RecordCacheCoding? = nil, form: RecordForm? = nil,
                           writtenFirst: Bool = false, groupsLoadOnRequest: Bool = false) {
        self.init(type, noun: noun, storedIn: table, title: title, label: label, cache: cache, form: form,
                  writtenFirst: writtenFirst, groupsLoadOnRequest: groupsLoadOnRequest)
    }

    /// Describes the records of `type`, kept in `GuildData.otherKinds` (a kind declared outside GuildCore needs no
    /// property of its own); the parameters are those of the initialiser with a table.
    public init<R: Record>(_ type: R.Type, noun: String,
                           title: @escaping @Sendable (R, GuildData) -> String?,
                           label: (@Sendable (R, GuildData) -> String)? = nil,
                           cache: RecordCacheCoding? = nil, form: RecordForm? = nil,
                           writtenFirst: Bool = false, groupsLoadOnRequest: Bool = false) {
        self.init(type, noun: noun, storedIn: nil, title: title, label: label, cache: cache, form: form,
                  writtenFirst: writtenFirst, groupsLoadOnRequest: groupsLoadOnRequest)
    }

    private init<R: Record>(_ type: R.Type, noun: String, storedIn table: (WritableKeyPath<GuildData, [UUID: R]> & Sendable)?,
                            title: @escaping @Sendable (R, GuildData) -> String?, label: (@Sendable (R, GuildData) -> String)?,
                            cache: RecordCacheCoding?, form: RecordForm?, writtenFirst: Bool, groupsLoadOnRequest: Bool) {
        let kind = R.kind
        self.kind = kind
        recordType = R.self
        self.noun = noun
        self.cache = cache
        self.form = form
        self.writtenFirst = writtenFirst
        self.groupsLoadOnRequest = groupsLoadOnRequest
        if let table {
            find = { data, id in data[keyPath: table][id] }
            tally = { data in data[keyPath: table].count }
            insert = { data, record in
                if let typed = record as? R { data[keyPath: table][typed.id] = typed }
            }
            take = { data, id in data[keyPath: table].removeValue(forKey: id) }
            fillTable = { data, records in
                // Moved out and back so the table is not copied while it grows.
                var rows = data[keyPath: table]
                data[keyPath: table] = [:]
                rows.reserveCapacity(rows.count + records.count)
                for record in records {
                    if let typed = record as? R { rows[typed.id] = typed }
                }
                data[keyPath: table] = rows
            }
            ordered = { data in data[keyPath: table].values.sorted { $0.id.orderKey < $1.id.orderKey } }
        } else {
            find = { data, id in data.otherKinds[kind][id] }
            tally = { data in data.otherKinds[kind].count }
            insert = { data, record in
                if record is R { data.otherKinds[kind][record.id] = record }
            }
            take = { data, id in data.otherKinds[kind].removeValue(forKey: id) }
            fillTable = { data, records in
                var rows = data.otherKinds[kind]
                data.otherKinds[kind] = [:]
                for record in records where record is R { rows[record.id] = record }
                data.otherKinds[kind] = rows
            }
            ordered = { data in data.otherKinds[kind].values.sorted { $0.id.orderKey < $1.id.orderKey } }
        }
        name = { record, data in (record as? R).flatMap { title($0, data) } }
        shortLabel = { record, data in
            guard let typed = record as? R else { return noun }
            if let label { return label(typed, data) }
            return "\(noun) “\(title(typed, data) ?? "")”"
        }
    }

    /// The record of this kind with `id`, if loaded.
    public func record(_ id: UUID, in data: GuildData) -> (any Record)? { find(data, id) }

    /// How many records of this kind are loaded.
    public func count(in data: GuildData) -> Int { tally(data) }

    /// Inserts or replaces `record` (ignored when it is not of this descriptor's type).
    public func upsert(_ record: any Record, into data: inout GuildData) { insert(&data, record) }

    /// Removes the record with `id`, returning it if it was there.
    public func remove(_ id: UUID, from data: inout GuildData) -> (any Record)? { take(&data, id) }

    /// Adds `records` to the kind's table, sized once; records of another type are left out.
    public func fill(_ records: [any Record], into data: inout GuildData) { fillTable(&data, records) }

    /// Every record of this kind, in id order.
    public func recordsInIDOrder(in data: GuildData) -> [any Record] { ordered(data) }

    /// The record's name as lists and the conflicts screen show it; nil when the data cannot name it.
    public func title(of record: any Record, in data: GuildData) -> String? { name(record, data) }

    /// A short name for the status line ("session “Zero-downtime migrations”", "Zoë Ångström's ratings").
    public func label(of record: any Record, in data: GuildData) -> String { shortLabel(record, data) }
}

extension RecordDescriptor {
    /// Every registered kind's descriptor, in `RecordKind.allCases` order (`RecordRegistry.all`).
    public static var all: [RecordDescriptor] { RecordRegistry.all }
}
