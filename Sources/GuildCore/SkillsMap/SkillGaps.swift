import Foundation

/// The gaps report: the skills that are gaps by the one definition (`KnowledgeGap`: fewer than two people at level 3+),
/// each with why (critical, bus factor, demand), a topic and who could present it.
public enum SkillGaps {
    /// When demand is worth saying about a gap.
    public struct Rules: Sendable, Equatable {
        /// Demand is "many" from this many learners…
        public var manyLearners = 3
        /// …when at most this many can teach.
        public var fewTeachers = 1

        public init() {}
    }

    /// Every gap among `scope`'s people (everyone for the whole programme), most urgent first: critical, then fewest
    /// holders, then most learners, then name. `ratings` are the data's current ratings when the caller keeps them.
    public static func report(_ data: GuildData, scope: ProgrammeScope = .all, rules: Rules = Rules(), ratings known: CurrentRatings? = nil)
        -> [SkillGap] {
        let ratings = known ?? CurrentRatings(data)
        let counted = KnowledgeGap.holders(in: scope, data: data).map(Set.init)
        let people = SkillsMatrix.sortedPeople(data.people.values.filter { counted?.contains($0.id) ?? true })
        // One pass over everyone's ratings, in name order: each skill's holders (3+), teachers, learners and the people
        // who could present it (2+, not away), instead of filtering everyone once per skill. People are kept as their
        // place in name order, each rating read once as it is.
        var holders: [UUID: [Int]] = [:], teachers: [UUID: Int] = [:], learners: [UUID: [Int]] = [:]
        var available: [UUID: [Candidate]] = [:]
        for (position, person) in people.enumerated() {
            for (skillID, rating) in ratings.ratings(of: person.id) {
                let teaches = CurrentRatings.canTeach(rating)
                if rating.level >= .proficient { holders[skillID, default: []].append(position) }
                if teaches { teachers[skillID, default: 0] += 1 }
                if CurrentRatings.wantsToLearn(rating) { learners[skillID, default: []].append(position) }
                if !person.isAway, rating.level >= .working {
                    available[skillID, default: []].append(Candidate(position: position, teaches: teaches, level: rating.level.rawValue))
                }
            }
        }
        var proposedTopics: [UUID: [Topic]] = [:]
        for topic in data.topics.values where topic.status == .proposed {
            for skillID in Set(topic.skillIDs) { proposedTopics[skillID, default: []].append(topic) }
        }
        let notAway = Set(people.filter { !$0.isAway }.map(\.id))
        var gaps: [SkillGap] = []
        for skill in data.skills.values {
            let holding = holders[skill.id] ?? []
            guard KnowledgeGap.isGap(holders: holding.count) else { continue }
            let teaching = teachers[skill.id] ?? 0
            let learning = learners[skill.id] ?? []
            var reasons: [SkillGap.Reason] = []
            if skill.isCritical { reasons.append(.critical(holders: holding.count)) }
            reasons.append(.busFactor(holders: holding.count))
            if learning.count >= rules.manyLearners, teaching <= rules.fewTeachers {
                reasons.append(.demand(wanting: learning.count, teaching: teaching))
            }
            let topic = (proposedTopics[skill.id] ?? [])
                .sorted { ($0.votes.count, $1.title) > ($1.votes.count, $0.title) }
                .first
            gaps.append(SkillGap(skillID: skill.id, reasons: reasons, holders: holding.map { people[$0].id }, learners: learning.map { people[$0].id },
                                 suggestedTopic: topic?.title ?? suggestedTitle(for: skill, holders: holding.count),
                                 topicID: topic?.id,
                                 presenters: presenters(topic: topic, available: available[skill.id] ?? [], people: people, notAway: notAway)))
        }
        return gaps.sorted { a, b in
            if a.isCritical != b.isCritical { return a.isCritical }
            if a.holders.count != b.holders.count { return a.holders.count < b.holders.count }
            if a.learners.count != b.learners.count { return a.learners.count > b.learners.count }
            return SkillsMatrix.skillOrder(data.skills[a.skillID]!, data.skills[b.skillID]!)
        }
    }

    /// A session title that fits the gap: an introduction when nobody is strong, a hand-over when one person is.
    static func suggestedTitle(for skill: Skill, holders: Int) -> String {
        switch holders {
        case 0: "\(skill.name): learning it together (invite an outside speaker)"
        case 1: "\(skill.name): how we do it here (hand-over)"
        default: "\(skill.name) for everyone (workshop)"
        }
    }

    /// Someone who could present a skill: their place in name order, whether they can teach it and their level.
    struct Candidate {
        var position: Int
        var teaches: Bool
        var level: Int
    }

    /// Up to three presenters: a topic's suggestions first, then teachers, then the strongest, then name order; nobody
    /// below level 2; nobody away. `available` is everyone counted at level 2+ in the skill and not away (places in
    /// `people`); `notAway` everyone counted and not away.
    static func presenters(topic: Topic?, available: [Candidate], people: [Person], notAway: Set<UUID>) -> [UUID] {
        let ranked = available.sorted { a, b in
            let (ka, kb) = ((a.teaches ? 1 : 0, a.level), (b.teaches ? 1 : 0, b.level))
            if ka != kb { return ka > kb }
            return SkillsMatrix.personOrder(people[a.position], people[b.position])
        }
        var chosen = (topic?.suggestedPresenters ?? []).filter { notAway.contains($0) }
        for candidate in ranked where !chosen.contains(people[candidate.position].id) { chosen.append(people[candidate.position].id) }
        return Array(chosen.prefix(3))
    }
}
