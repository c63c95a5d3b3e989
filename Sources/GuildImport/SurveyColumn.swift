import Foundation
import GuildCore

/// What a survey column holds, decided from its title.
public enum SurveyColumn: Sendable, Hashable {
    case name, email, handle
    /// A level for one skill ("Kubernetes", "Rate your skills [Kubernetes]").
    case skill(UUID)
    /// A list of skills the respondent wants to learn.
    case wantsToLearn
    /// A list of skills the respondent is happy to teach.
    case happyToTeach
    /// A column that looks like a skill rating but names no known skill.
    case unknownSkill(String)
    /// Timestamps, comments, teams and anything else not imported.
    case ignored(String)

    /// Classifies a header title against the store's skills.
    static func classify(_ title: String, skills: GuildData) -> SurveyColumn {
        let folded = TextMatch.fold(title).trimmingCharacters(in: .whitespaces)
        // Form tools put a grid question's row in brackets: "Rate your skills [Kubernetes]".
        var subject = folded
        if let open = folded.lastIndex(of: "["), let close = folded.lastIndex(of: "]"), open < close {
            subject = String(folded[folded.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
        }
        if let skill = skills.skill(named: subject) { return .skill(skill.id) }
        if ["name", "full name", "your name", "respondent", "person"].contains(folded) || folded.hasSuffix(" name") && !folded.contains("user") {
            return .name
        }
        if folded.contains("e-mail") || folded.contains("email") || folded.contains("mail address") { return .email }
        if ["handle", "username", "user name", "login"].contains(folded) { return .handle }
        if folded.contains("learn") { return .wantsToLearn }
        if folded.contains("teach") { return .happyToTeach }
        return subject != folded ? .unknownSkill(title) : .ignored(title)
    }
}
