import Foundation

/// Everything the domain knows about one kind of record, in one value: its kind and type, the noun people use, the
/// table of `GuildData` that holds it, and how it is named on screen.
///
/// Each record type declares its descriptor next to itself (`Person.descriptor`); `RecordDescriptor.all` registers one
/// per `RecordKind`, in `allCases` order (`RecordDescriptorTests` fails when a kind is missing or out of place). The
/// operations are closures made once, in the generic initialiser, so they run code specialised for the record type:
/// code that goes through a descriptor (loading a store, upserting a record) pays one indirect call per kind or per
/// record, never a cast per type.
public struct RecordDescriptor: Sendable {
    /// The kind (and store folder) this descriptor describes.
    public let kind: RecordKind
    /// The record type stored under the kind.
    public let recordType: any Record.Type
    /// What people call one record of the kind ("action item").
    public let noun: String
    private let find: @Sendable (GuildData, UUID) -> (any Record)?
    private let tally: @Sendable (GuildData) -> Int
    private let insert: @Sendable (inout GuildData, any Record) -> Void
    private let take: @Sendable (inout GuildData, UUID) -> (any Record)?
    private let fillTable: @Sendable (inout GuildData, [any Record]) -> Void
    private let ordered: @Sendable (GuildData) -> [any Record]
    private let name: @Sendable (any Record, GuildData) -> String?
    private let shortLabel: @Sendable (any Record, GuildData) -> String

    /// Describes the records of `type`, kept in `GuildData`'s `table`.
    /// - Parameters:
    ///   - title: the record's name as lists and the conflicts screen show it (a person's name and handle); nil
    ///     when the data cannot name it.
    ///   - label: the status line's short name ("session “Retro”"); by default the noun and the title in quotes.
    public init<R: Record>(_ type: R.Type, noun: String, table: WritableKeyPath<GuildData, [UUID: R]> & Sendable,
                           title: @escaping @Sendable (R, GuildData) -> String?,
                           label: (@Sendable (R, GuildData) -> String)? = nil) {
        kind = R.kind
        recordType = R.self
        self.noun = noun
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
        ordered = { data in data[keyPath: table].values.sorted { $0.id.uuidString < $1.id.uuidString } }
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
