import Foundation
import GuildCore

/// One person's answer for one skill that differs from their current rating.
public struct SurveyChange: Sendable, Hashable {
    public var row: Int
    public var personID: UUID
    public var skillID: UUID
    /// The current rating, nil when never rated.
    public var before: SkillRating?
    public var after: SkillRating

    /// "Zoë Ångström · Kubernetes: 2 → 3 (+ wants to learn)".
    public func text(in data: GuildData) -> String {
        let person = data.name(of: personID)
        let skill = data.skills[skillID]?.name ?? "?"
        let from = before.map { "\($0.level.rawValue)" } ?? "–"
        var flags: [String] = []
        if after.wantsToLearn != (before?.wantsToLearn ?? false) { flags.append(after.wantsToLearn ? "+ wants to learn" : "no longer wants to learn") }
        if after.happyToTeach != (before?.happyToTeach ?? false) { flags.append(after.happyToTeach ? "+ happy to teach" : "no longer happy to teach") }
        return "\(person) · \(skill): \(from) → \(after.level.rawValue)" + (flags.isEmpty ? "" : " (\(flags.joined(separator: ", ")))")
    }
}
