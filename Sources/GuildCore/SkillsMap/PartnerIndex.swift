import Foundation

/// What partner suggestions and one person's pairing history read, indexed once per data change: who can teach and who
/// wants to learn each skill, everyone the draw would include in name order, and each person's earlier partners.
///
/// Suggesting partners for one person is then one pass over the people present with a few lookups each (the skills
/// they could teach each other come from the by-skill index), so a dashboard moving its cursor from person to person
/// never rescans ratings or rounds.
public struct PartnerIndex: Sendable {
    /// One earlier pairing of a person: the round, when it was drawn, who they were with, and the skill it was about.
    public struct Pairing: Sendable, Equatable {
        public var roundID: UUID
        public var drawnAt: Date
        /// The others in the group (one, or two for a trio).
        public var partners: [UUID]
        /// The group's teach/learn skill, and who taught whom.
        public var skillID: UUID?
        public var teacher: UUID?
        public var learner: UUID?
    }

    /// How often and when a person was with one partner.
    private struct Together {
        var times: Int
        var last: Date
        var recent: Bool
    }

    private let rules: PairingRoulette.Rules
    private let ratings: CurrentRatings
    private let skillRank: [UUID: Int]
    /// Everyone the draw would include (not away, not opted out), in name order.
    private let present: [Person]
    private let presentIDs: Set<UUID>
    private let teams: [UUID: String]
    private let teachers: [UUID: [UUID]]
    private let learners: [UUID: [UUID]]
    private let together: [UUID: [UUID: Together]]
    private let pairings: [UUID: [Pairing]]

    /// Indexes `data` and its recorded `rounds` (any order) for the draw's `rules`; `ratings` are the data's current
    /// ratings when the caller keeps them. Linear in people, ratings and the groups of the rounds.
    public init(_ data: GuildData, rounds: [PairingRound], rules: PairingRoulette.Rules = .init(), ratings known: CurrentRatings? = nil) {
        self.rules = rules
        let ratings = known ?? CurrentRatings(data)
        self.ratings = ratings
        var skillRank: [UUID: Int] = [:]
        for (rank, skill) in SkillsMatrix.sortedSkills(Array(data.skills.values)).enumerated() { skillRank[skill.id] = rank }
        self.skillRank = skillRank
        // A team's name is folded once, however many people it has.
        var teams: [UUID: String] = [:]
        var folded: [String: String] = [:]
        teams.reserveCapacity(data.people.count)
        for person in data.people.values {
            if let team = folded[person.team] {
                teams[person.id] = team
            } else {
                let team = TextMatch.fold(person.team)
                folded[person.team] = team
                teams[person.id] = team
            }
        }
        self.teams = teams
        present = SkillsMatrix.sortedPeople(Array(data.people.values)).filter { !$0.isAway && !($0.pairingOptOut ?? false) }
        presentIDs = Set(present.map(\.id))
        var teachers: [UUID: [UUID]] = [:]
        var learners: [UUID: [UUID]] = [:]
        // Each current rating read once, in place (no lookup of it again per question), and the skill checked only
        // when the rating makes its person a teacher or a learner.
        for person in present {
            for (skill, rating) in ratings.ratings(of: person.id) {
                let teaches = CurrentRatings.canTeach(rating)
                let learns = CurrentRatings.wantsToLearn(rating)
                guard teaches || learns, skillRank[skill] != nil else { continue }
                if teaches { teachers[skill, default: []].append(person.id) }
                if learns { learners[skill, default: []].append(person.id) }
            }
        }
        self.teachers = teachers
        self.learners = learners

        // Newest first, so the first time a partner is seen is the last time they paired.
        let history = rounds.sorted { a, b in a.drawnAt != b.drawnAt ? a.drawnAt > b.drawnAt : b.id.precedes(a.id) }
        var together: [UUID: [UUID: Together]] = [:]
        var pairings: [UUID: [Pairing]] = [:]
        for (position, round) in history.enumerated() {
            for group in round.groups {
                for person in group.members {
                    let partners = group.members.filter { $0 != person }
                    pairings[person, default: []].append(Pairing(roundID: round.id, drawnAt: round.drawnAt, partners: partners,
                                                                 skillID: group.skillID, teacher: group.teacher, learner: group.learner))
                    for partner in partners {
                        if together[person]?[partner] != nil {
                            together[person]?[partner]?.times += 1
                        } else {
                            together[person, default: [:]][partner] = Together(times: 1, last: round.drawnAt, recent: position < rules.window)
                        }
                    }
                }
            }
        }
        self.together = together
        self.pairings = pairings
    }

    /// The best partners for `person` among everyone the draw would include, best first (then in name order), scored by
    /// the draw's rules without its jitter: a teach/learn match, mixed teams, fewer rounds together, recent pairs last.
    public func suggest(for person: UUID, limit: Int = 5) -> [PartnerSuggestion] {
        guard teams[person] != nil, limit > 0 else { return [] }
        let mine = ratings.ratings(of: person)
        // Who can teach me what I want to learn, and who wants to learn what I can teach: from the by-skill index.
        var teachesMe: [UUID: [UUID]] = [:]
        var learnsFromMe: [UUID: [UUID]] = [:]
        for (skill, rating) in mine where skillRank[skill] != nil {
            if CurrentRatings.wantsToLearn(rating) { for teacher in teachers[skill] ?? [] { teachesMe[teacher, default: []].append(skill) } }
            if CurrentRatings.canTeach(rating) { for learner in learners[skill] ?? [] { learnsFromMe[learner, default: []].append(skill) } }
        }
        let myTeam = teams[person]
        let past = together[person] ?? [:]
        // Scored first, from counts alone; only the `limit` best (ties in name order) get their skills listed.
        func score(_ other: UUID) -> Double {
            let before = past[other]
            var score = 0.0
            if teachesMe[other] != nil || learnsFromMe[other] != nil { score += rules.teachLearn }
            if teams[other] != myTeam { score += rules.mixedTeams }
            score -= Double(before?.times ?? 0) * rules.pairedBefore
            if before?.recent == true { score -= 1_000 }
            return score
        }
        var candidates: [(score: Double, order: Int)] = []
        candidates.reserveCapacity(present.count)
        for (order, other) in present.enumerated() where other.id != person { candidates.append((score(other.id), order)) }
        var best: [(score: Double, order: Int)]
        if limit >= candidates.count / 8 {
            best = Array(candidates.sorted(by: Self.ranks).prefix(limit))
        } else {
            best = []
            best.reserveCapacity(limit + 1)
            for candidate in candidates {
                if best.count == limit, let last = best.last, !Self.ranks(candidate, before: last) { continue }
                best.insert(candidate, at: best.firstIndex { Self.ranks(candidate, before: $0) } ?? best.count)
                if best.count > limit { best.removeLast() }
            }
        }
        return best.map { chosen in
            let other = present[chosen.order].id
            let teaches = (teachesMe[other] ?? []).sorted { skillRank[$0, default: .max] < skillRank[$1, default: .max] }
            let learns = (learnsFromMe[other] ?? []).sorted { skillRank[$0, default: .max] < skillRank[$1, default: .max] }
            let before = past[other]
            return PartnerSuggestion(partner: other, teachesYou: teaches, learnsFromYou: learns, crossTeam: teams[other] != myTeam,
                                     timesPaired: before?.times ?? 0, lastPaired: before?.last, isRecent: before?.recent ?? false,
                                     score: chosen.score)
        }
    }

    /// Whether a candidate ranks before another: a higher score, then earlier in name order.
    private static func ranks(_ a: (score: Double, order: Int), before b: (score: Double, order: Int)) -> Bool {
        a.score != b.score ? a.score > b.score : a.order < b.order
    }

    /// Every recorded pairing of `person`, newest first.
    public func history(of person: UUID) -> [Pairing] {
        pairings[person] ?? []
    }

    /// Whether `a` and `b` were paired within the rules' window of recent rounds (the draw avoids such a pair).
    public func pairedRecently(_ a: UUID, _ b: UUID) -> Bool {
        together[a]?[b]?.recent ?? false
    }

    /// Whether the draw would include `person` (not away, not opted out).
    public func isPresent(_ person: UUID) -> Bool {
        presentIDs.contains(person)
    }
}
