import Foundation

/// How evenly a role (facilitating, taking notes, presenting) went round: turns per person, most first.
public struct RoleRotation: Sendable, Equatable {
    /// People and how many turns each took, most first (ties by id, for a stable order).
    public var turns: [(person: UUID, count: Int)]
    /// How many people could have taken a turn.
    public var eligible: Int

    public init(counts: [UUID: Int], eligible: Int) {
        turns = counts.filter { $0.value > 0 }.map { (person: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.person.orderKey) > ($1.count, $0.person.orderKey) }
        self.eligible = eligible
    }

    /// Every turn taken.
    public var total: Int { turns.reduce(0) { $0 + $1.count } }

    /// How many different people took a turn.
    public var distinct: Int { turns.count }

    /// The share of turns the busiest person took (0 when nobody did).
    public var topShare: Double {
        guard let first = turns.first, total > 0 else { return 0 }
        return Double(first.count) / Double(total)
    }

    /// 1 when every turn went to someone new (as many different people as could have had one), lower as the same people repeat;
    /// nil when there were no turns.
    public var evenness: Double? {
        let possible = min(total, max(eligible, distinct))
        guard possible > 0 else { return nil }
        return Double(distinct) / Double(possible)
    }

    public static func == (lhs: RoleRotation, rhs: RoleRotation) -> Bool {
        lhs.eligible == rhs.eligible && lhs.turns.map(\.person) == rhs.turns.map(\.person) && lhs.turns.map(\.count) == rhs.turns.map(\.count)
    }
}
