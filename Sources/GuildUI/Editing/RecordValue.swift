import Foundation
import GuildCore

/// One record of any kind the dashboard edits, as a value that can be compared (effects and undo entries carry it).
///
/// It holds the record itself; its kind's descriptor names it, so a new kind needs nothing here.
public struct RecordValue: Sendable, Hashable {
    /// The wrapped record.
    public let record: any Record

    /// Wraps a record of any kind.
    public init<R: Record>(_ record: R) {
        self.record = record
    }

    /// The record, if it is of type `R`.
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

    public static func == (lhs: RecordValue, rhs: RecordValue) -> Bool {
        func equal<R: Record>(_ left: R) -> Bool { (rhs.record as? R) == left }
        return equal(lhs.record)
    }

    /// Hashes the kind and id (equal values share both).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(id)
    }
}
