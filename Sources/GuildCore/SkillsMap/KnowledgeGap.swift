import Foundation

/// The one definition of a knowledge gap, shared by `guild gaps`, the dashboard's gaps and health screens, the period
/// report and the site export: a skill is a gap while fewer than two people are at proficient (level 3) or better (a
/// bus factor under two). A critical skill that is a gap is listed first; it is not judged by another threshold.
/// Who counts: everyone in the store for the whole programme (people away too: they still hold the knowledge), the
/// members for a community.
public enum KnowledgeGap {
    /// People at level 3+ a skill needs to not be a gap.
    public static let holdersNeeded = 2

    /// Whether a skill with `holders` people at level 3+ is a gap.
    public static func isGap(holders: Int) -> Bool {
        holders < holdersNeeded
    }

    /// The definition in one sentence, for reports and screens.
    public static let definition = "A skill is a gap while fewer than \(holdersNeeded) people are at proficient (3) or better."

    /// The people whose ratings count for `scope`: nil (everyone) for the whole programme, the members for a community.
    public static func holders(in scope: ProgrammeScope, data: GuildData) -> [UUID]? {
        guard let communityID = scope.communityID else { return nil }
        return data.communities[communityID]?.members ?? []
    }
}
