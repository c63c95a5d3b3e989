import Foundation
import GuildCore

/// One record of any kind the dashboard edits, as a value that can be compared (effects and undo entries carry it).
///
/// It holds the record and reaches everything kind-specific through the record's kind and its `RecordDescriptor`, so a
/// new kind needs nothing here: `RecordValue(record)` wraps any `Record`, `value.as(Session.self)` reads one back.
public struct RecordValue: Sendable, Hashable {
    /// The wrapped record.
    public let record: any Record

    /// Wraps a record of any kind.
    public init(_ record: any Record) {
        self.record = record
    }

    /// The record when it is an `R`; nil for a record of another type.
    public func `as`<R: Record>(_ type: R.Type) -> R? {
        record as? R
    }

    /// The record's kind (its store folder).
    public var kind: RecordKind { type(of: record).kind }

    /// The record's id.
    public var id: UUID { record.id }

    /// The sub-folder the record lives in (a note's session), nil for most.
    public var groupID: UUID? { record.groupID }

    /// The same record stamped as changed at `time`.
    func touched(at time: Date) -> RecordValue {
        var copy = record
        copy.updatedAt = time
        return RecordValue(copy)
    }

    /// A short name for the status line ("session “Zero-downtime migrations”", "Zoë Ångström's ratings").
    func label(in data: GuildData) -> String {
        kind.descriptor.label(of: record, in: data)
    }

    /// Same type and equal records (`Record` is `Equatable`).
    public static func == (lhs: RecordValue, rhs: RecordValue) -> Bool {
        lhs.record.isEqual(to: rhs.record)
    }

    /// Hashes the kind and id: equal values share both.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(id)
    }
}

extension Record {
    /// Whether `other` is a record of this type equal to this one.
    fileprivate func isEqual(to other: any Record) -> Bool {
        (other as? Self) == self
    }
}
