import Foundation

/// A skill where the team is thin, why, and what could be done about it: a topic and who could present it.
public struct SkillGap: Sendable, Hashable, Identifiable {
    /// Why a skill shows up in the gaps report.
    public enum Reason: Sendable, Hashable {
        /// Fewer than two people at level 3 or more: if one leaves or is away, nobody knows it.
        case busFactor(holders: Int)
        /// Many want to learn it, few can teach it.
        case demand(wanting: Int, teaching: Int)
        /// Marked critical by the team (listed first).
        case critical(holders: Int)

        /// One short line for people.
        public var text: String {
            switch self {
            case .busFactor(let holders):
                holders == 0 ? "nobody at level 3+" : "bus factor 1: only one person at level 3+"
            case let .demand(wanting, teaching):
                "\(wanting) want to learn, \(teaching == 0 ? "nobody" : "\(teaching)") can teach"
            case .critical(let holders):
                "critical, \(holders) at level 3+"
            }
        }
    }

    public var skillID: UUID
    public var reasons: [Reason]
    /// People at level 3 or more.
    public var holders: [UUID]
    /// People who want to learn it.
    public var learners: [UUID]
    /// The suggested topic: an open proposal about the skill, or a new title.
    public var suggestedTopic: String
    /// The proposal it came from, when one exists.
    public var topicID: UUID?
    /// Who could present it, best first (teachers, then the strongest).
    public var presenters: [UUID]

    public var id: UUID { skillID }

    /// Whether the team marked the skill critical (the reasons say so).
    public var isCritical: Bool {
        reasons.contains { if case .critical = $0 { true } else { false } }
    }
}
