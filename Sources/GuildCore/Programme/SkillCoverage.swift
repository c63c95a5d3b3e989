import Foundation

/// Skill coverage over time from the dated rating histories: how many skills were not gaps (`KnowledgeGap`) on a given day.
public struct SkillCoverage: Sendable {
    /// Per skill, each counted person's ratings of it, oldest first (one list a person).
    private let histories: [UUID: [[SkillRating]]]
    private let skills: [UUID]

    /// Coverage among `people` (everyone when nil).
    public init(data: GuildData, people: [UUID]? = nil) {
        let counted = people.map(Set.init)
        var histories: [UUID: [[SkillRating]]] = [:]
        histories.reserveCapacity(data.skills.count)
        // One sheet at a time: its ratings grouped by skill locally, then one list a skill added (fewer lookups in the
        // table of every skill than one per rating).
        var bySkill: [UUID: [SkillRating]] = [:]
        for sheet in data.ratingSheets.values where counted?.contains(sheet.personID) ?? true {
            bySkill.removeAll(keepingCapacity: true)
            for rating in sheet.ratings { bySkill[rating.skillID, default: []].append(rating) }
            for (skill, list) in bySkill where data.skills[skill] != nil {
                histories[skill, default: []].append(list.count < 2 ? list : list.sorted { $0.ratedAt < $1.ratedAt })
            }
        }
        self.histories = histories
        skills = data.skills.keys.sorted { $0.orderKey < $1.orderKey }
    }

    /// How many people held `skill` at proficient or better at `date` (their latest rating up to then).
    public func holders(of skill: UUID, at date: Date) -> Int {
        (histories[skill] ?? []).reduce(0) { count, history in
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
        Array(Set(histories.values.flatMap { $0.flatMap { $0.map(\.ratedAt) } })).sorted()
    }
}
