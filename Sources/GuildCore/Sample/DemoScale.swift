/// How much demo data to generate: the hand-written sample team, or generated data at 10k or organisation scale.
public enum DemoScale: String, CaseIterable, Sendable {
    /// The 15-person sample team (`SampleTeam`).
    case team
    /// 200 people × 60 skills, 500 sessions, 10,000 action items.
    case tenK = "10k"
    /// 2,000 people × 300 skills, 5,000 sessions, 20,000 action items, 100,000 notes.
    case org
    /// Four times `org`: 8,000 people × 1,200 skills, 20,000 sessions, 80,000 action items, 400,000 notes.
    case org4x = "4x-org"

    /// The counts generated at this scale; nil for `team`, which is the hand-written sample.
    public var shape: ScaledTeamShape? {
        switch self {
        case .team: nil
        case .tenK: .tenK
        case .org: .org
        case .org4x: .org4x
        }
    }
}
