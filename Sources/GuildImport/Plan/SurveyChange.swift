import Foundation
import GuildCore

/// One person's answer for one skill that differs from the rating in effect at the survey's date.
public struct SurveyChange: Sendable, Hashable {
    public var row: Int
    public var personID: UUID
    public var skillID: UUID
    /// The rating in effect at the survey's date, nil when none was given by then.
    public var before: SkillRating?
    public var after: SkillRating
    /// A rating given after the survey's date: it stays the current one, so this change only adds history.
    public var later: SkillRating?

    public init(row: Int, personID: UUID, skillID: UUID, before: SkillRating?, after: SkillRating, later: SkillRating? = nil) {
        self.row = row
        self.personID = personID
        self.skillID = skillID
        self.before = before
        self.after = after
        self.later = later
    }

    /// Whether the change only adds to the history (a later rating stays current).
    public var isHistoryOnly: Bool { later != nil }

    /// "Zoë Ångström · Kubernetes: 2 → 3 (+ wants to learn)", and for a backdated answer behind a later rating
    /// "… 2 → 4 on 2026-11-20, history only: the current 3 (2026-12-01) stays". `day` formats dates.
    public func text(in data: GuildData, day: (Date) -> String = SurveyChange.isoDay) -> String {
        let person = data.name(of: personID)
        let skill = data.skills[skillID]?.name ?? "?"
        let from = before.map { "\($0.level.rawValue)" } ?? "–"
        var flags: [String] = []
        if after.wantsToLearn != (before?.wantsToLearn ?? false) { flags.append(after.wantsToLearn ? "+ wants to learn" : "no longer wants to learn") }
        if after.happyToTeach != (before?.happyToTeach ?? false) { flags.append(after.happyToTeach ? "+ happy to teach" : "no longer happy to teach") }
        var text = "\(person) · \(skill): \(from) → \(after.level.rawValue)" + (flags.isEmpty ? "" : " (\(flags.joined(separator: ", ")))")
        if let later {
            let marks = (later.wantsToLearn ? "+" : "") + (later.happyToTeach ? "*" : "")
            text += " on \(day(after.ratedAt)), history only: the current \(later.level.rawValue)\(marks) from \(day(later.ratedAt)) stays"
        }
        return text
    }

    /// "2026-11-20" in UTC.
    public static func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
