import Foundation

/// The tables of the kinds that have no stored property of their own in `GuildData` (kinds registered from outside
/// GuildCore): records by kind, then by id. Equal when every non-empty table holds equal records.
public struct RecordTables: Sendable, Equatable {
    /// Records by kind and id.
    public internal(set) var tables: [RecordKind: [UUID: any Record]] = [:]

    /// No tables.
    public init() {}

    /// The table of `kind` (empty when it holds nothing).
    public subscript(kind: RecordKind) -> [UUID: any Record] {
        get { tables[kind] ?? [:] }
        set { tables[kind] = newValue.isEmpty ? nil : newValue }
    }

    public static func == (lhs: RecordTables, rhs: RecordTables) -> Bool {
        guard lhs.tables.keys == rhs.tables.keys else { return false }
        for (kind, left) in lhs.tables {
            guard let right = rhs.tables[kind], left.count == right.count else { return false }
            for (id, record) in left {
                guard let other = right[id], record.isSame(as: other) else { return false }
            }
        }
        return true
    }
}

extension Record {
    /// Whether `other` is a record of the same type, equal to this one.
    public func isSame(as other: any Record) -> Bool {
        (other as? Self) == self
    }
}
