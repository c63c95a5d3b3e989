import Foundation
import GuildCore

/// Everything a load produced: the records by kind, the files that could not be used, and whether writes are allowed.
public struct LoadResult: Sendable {
    /// Every usable record, by kind (in no particular order).
    public var records: [RecordKind: [any Record]]
    /// Every file that could not be used, sorted by path.
    public var problems: [StoreProblem]
    /// Why the store is read-only, or nil when saves are allowed.
    public var readOnlyReason: String?
    /// Grows whenever the store's view of the files changed; equal generations mean equal contents.
    public var generation: Int

    public init(records: [RecordKind: [any Record]], problems: [StoreProblem], readOnlyReason: String?, generation: Int) {
        self.records = records
        self.problems = problems
        self.readOnlyReason = readOnlyReason
        self.generation = generation
    }

    /// Whether saves will throw `StoreError.readOnly`.
    public var isReadOnly: Bool { readOnlyReason != nil }

    /// The records of one type.
    public func records<R: Record>(_ type: R.Type) -> [R] {
        (records[R.kind] ?? []).compactMap { $0 as? R }
    }

    /// The records as the domain's `GuildData` (built on each call: keep the result). Each kind's descriptor fills its
    /// table, sized once, with one cast per record (the kind says which type); records of another type under that
    /// kind are left out.
    public var data: GuildData {
        var data = GuildData()
        for (kind, list) in records { kind.descriptor.fill(list, into: &data) }
        return data
    }
}
