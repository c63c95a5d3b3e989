import Foundation

/// Skill coverage over time from the dated rating histories: how many skills had enough people at proficient or better on a given day.
public struct SkillCoverage: Sendable {
    /// A skill is covered with at least this many people at level 3 or more (a bus factor of two).
    public static let holdersNeeded = 2

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

    /// How many skills were covered at `date`.
    public func covered(at date: Date) -> Int {
        skills.reduce(0) { $0 + (holders(of: $1, at: date) >= SkillCoverage.holdersNeeded ? 1 : 0) }
    }

    /// The skills not covered at `date`.
    public func gaps(at date: Date) -> [UUID] {
        skills.filter { holders(of: $0, at: date) < SkillCoverage.holdersNeeded }
    }

    /// Every moment a rating changed something, oldest first (for replaying coverage).
    public var ratingTimes: [Date] {
        Array(Set(histories.values.flatMap { $0.values.flatMap { $0.map(\.ratedAt) } })).sorted()
    }
}
