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

    /// The records as the domain's `GuildData` (built on each call: keep the result).
    public var data: GuildData {
        var data = GuildData()
        for (kind, list) in records {
            switch kind {
            case .person: Self.fill(&data.people, list)
            case .skill: Self.fill(&data.skills, list)
            case .ratingSheet: Self.fill(&data.ratingSheets, list)
            case .session: Self.fill(&data.sessions, list)
            case .note: Self.fill(&data.notes, list)
            case .action: Self.fill(&data.actions, list)
            case .learning: Self.fill(&data.learnings, list)
            case .topic: Self.fill(&data.topics, list)
            case .community: Self.fill(&data.communities, list)
            case .solution: Self.fill(&data.solutions, list)
            case .pairingRound: Self.fill(&data.pairingRounds, list)
            case .meeting: Self.fill(&data.meetings, list)
            }
        }
        return data
    }

    /// Puts one kind's records in its table, sized once: one cast per record (the kind says which type), where
    /// `GuildData.upsert` would try each type in turn. Records of another type under that kind are left out, as there.
    private static func fill<R: Record>(_ table: inout [UUID: R], _ list: [any Record]) {
        table.reserveCapacity(table.count + list.count)
        for record in list {
            if let typed = record as? R { table[typed.id] = typed }
        }
    }
}
