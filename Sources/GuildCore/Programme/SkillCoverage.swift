import Foundation

/// Skill coverage over time from the dated rating histories: how many skills were not gaps (`KnowledgeGap`) on a given day.
public struct SkillCoverage: Sendable {
    /// Every rating of the people counted, per skill and person, oldest first.
    private let histories: [UUID: [UUID: [SkillRating]]]
    private let skills: [UUID]

    /// Coverage among `people` (everyone when nil).
    public init(data: GuildData, people: [UUID]? = nil) {
        let counted = people.map(Set.init)
        var histories: [UUID: [UUID: [SkillRating]]] = [:]
        for sheet in data.ratingSheets.values where counted?.contains(sheet.personID) ?? true {
            for rating in sheet.ratings where data.skills[rating.skillID] != nil {
                histories[rating.skillID, default: [:]][sheet.personID, default: []].append(rating)
            }
        }
        for (skill, byPerson) in histories {
            for (person, list) in byPerson {
                histories[skill]![person] = list.sorted { $0.ratedAt < $1.ratedAt }
            }
        }
        self.histories = histories
        skills = data.skills.keys.sorted { $0.uuidString < $1.uuidString }
    }

    /// How many people held `skill` at proficient or better at `date` (their latest rating up to then).
    public func holders(of skill: UUID, at date: Date) -> Int {
        (histories[skill] ?? [:]).values.reduce(0) { count, history in
            let latest = history.last { $0.ratedAt <= date }
            return count + ((latest?.level ?? .none) >= .proficient ? 1 : 0)
        }
    }

    /// How many skills were covered (not gaps) at `date`.
    public func covered(at date: Date) -> Int {
        skills.count - gaps(at: date).count
    }

    /// The skills that were gaps at `date`.
    public func gaps(at date: Date) -> [UUID] {
        skills.filter { KnowledgeGap.isGap(holders: holders(of: $0, at: date)) }
    }

    /// Every moment a rating changed something, oldest first (for replaying coverage).
    public var ratingTimes: [Date] {
        Array(Set(histories.values.flatMap { $0.values.flatMap { $0.map(\.ratedAt) } })).sorted()
    }
}
