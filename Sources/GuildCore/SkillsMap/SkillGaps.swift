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
    /// holders, then most learners, then name.
    public static func report(_ data: GuildData, scope: ProgrammeScope = .all, rules: Rules = Rules()) -> [SkillGap] {
        let ratings = CurrentRatings(data)
        let counted = KnowledgeGap.holders(in: scope, data: data).map(Set.init)
        let people = data.people.values.filter { counted?.contains($0.id) ?? true }.sorted(by: SkillsMatrix.personOrder)
        var gaps: [SkillGap] = []
        for skill in data.skills.values {
            let holders = people.filter { ratings.level($0.id, skill.id) >= .proficient }
            guard KnowledgeGap.isGap(holders: holders.count) else { continue }
            let teachers = people.filter { ratings.canTeach($0.id, skill.id) }
            let learners = people.filter { ratings.wantsToLearn($0.id, skill.id) }
            var reasons: [SkillGap.Reason] = []
            if skill.isCritical { reasons.append(.critical(holders: holders.count)) }
            reasons.append(.busFactor(holders: holders.count))
            if learners.count >= rules.manyLearners, teachers.count <= rules.fewTeachers {
                reasons.append(.demand(wanting: learners.count, teaching: teachers.count))
            }
            let topic = data.topics.values
                .filter { $0.skillIDs.contains(skill.id) && $0.status == .proposed }
                .sorted { ($0.votes.count, $1.title) > ($1.votes.count, $0.title) }
                .first
            gaps.append(SkillGap(skillID: skill.id, reasons: reasons, holders: holders.map(\.id), learners: learners.map(\.id),
                                 suggestedTopic: topic?.title ?? suggestedTitle(for: skill, holders: holders.count),
                                 topicID: topic?.id, presenters: presenters(for: skill, topic: topic, people: people, ratings: ratings)))
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

    /// Up to three presenters: a topic's suggestions first, then teachers, then the strongest; nobody below level 2; nobody away.
    static func presenters(for skill: Skill, topic: Topic?, people: [Person], ratings: CurrentRatings) -> [UUID] {
        let available = people.filter { !$0.isAway && ratings.level($0.id, skill.id) >= .working }
        let ranked = available.sorted { a, b in
            let ka = (ratings.canTeach(a.id, skill.id) ? 1 : 0, ratings.level(a.id, skill.id).rawValue)
            let kb = (ratings.canTeach(b.id, skill.id) ? 1 : 0, ratings.level(b.id, skill.id).rawValue)
            if ka != kb { return ka > kb }
            return SkillsMatrix.personOrder(a, b)
        }
        var chosen = (topic?.suggestedPresenters ?? []).filter { id in people.contains { $0.id == id && !$0.isAway } }
        for person in ranked where !chosen.contains(person.id) { chosen.append(person.id) }
        return Array(chosen.prefix(3))
    }
}
