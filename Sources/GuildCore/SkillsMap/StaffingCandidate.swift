import Foundation

/// A person suggested for a piece of work: how much of the needed skills they cover, and what they would grow in.
public struct StaffingCandidate: Sendable, Hashable, Identifiable {
    public var personID: UUID
    /// 0…1: each needed skill counts up to level 3 (proficient).
    public var coverage: Double
    /// Needed skills they hold at level 3 or more.
    public var covered: [UUID]
    /// Needed skills they want to learn and are below level 3 in: the growth opportunity.
    public var growth: [UUID]
    public var away: Bool

    public var id: UUID { personID }

    /// Coverage as a whole percentage.
    public var percent: Int { Int((coverage * 100).rounded()) }
}
