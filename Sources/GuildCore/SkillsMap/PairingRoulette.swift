import Foundation

/// The pairing roulette: pairs someone who can teach a skill with someone who wants to learn it, mixes teams, avoids
/// pairs from the last rounds, skips people away or opted out, and makes one trio when the count is odd. Seeded.
public enum PairingRoulette {
    /// What the draw optimises and how far back it looks.
    public struct Rules: Sendable, Equatable {
        /// No pair from the last `window` rounds is repeated.
        public var window = 4
        /// Points for a teach/learn match.
        public var teachLearn = 10.0
        /// Points for two different teams.
        public var mixedTeams = 6.0
        /// Points taken off for each earlier round (any age) the two were together, so partners spread.
        public var pairedBefore = 4.0
        /// Up to this many random points, so equal options vary from round to round.
        public var jitter = 2.0
        /// How many seeded attempts before accepting a repeat.
        public var attempts = 64

        public init() {}
    }

    /// Draws this round's pairs from everyone present, given earlier rounds (any order).
    public static func draw(_ data: GuildData, previous: [PairingRound], seed: UInt64, at time: Date,
                            rules: Rules = Rules(), id: UUID? = nil) -> PairingDraw {
        var skipped: [(UUID, PairingDraw.SkipReason)] = []
        var present: [Person] = []
        for person in data.people.values.sorted(by: SkillsMatrix.personOrder) {
            if person.isAway { skipped.append((person.id, .away)) } else if person.pairingOptOut ?? false {
                skipped.append((person.id, .optedOut))
            } else { present.append(person) }
        }
        let history = previous.sorted { ($0.drawnAt, $0.id.uuidString) > ($1.drawnAt, $1.id.uuidString) }
        var recent: Set<PairKey> = []
        for round in history.prefix(rules.window) { for group in round.groups { recent.formUnion(group.pairKeys) } }
        var counts: [PairKey: Int] = [:]
        for round in history { for group in round.groups { for key in group.pairKeys { counts[key, default: 0] += 1 } } }

        let ratings = CurrentRatings(data)
        let skills = data.skills.values.sorted(by: SkillsMatrix.skillOrder)
        var random = SeededRandom(seed: seed)
        let ids = present.map(\.id)
        let team = Dictionary(uniqueKeysWithValues: present.map { ($0.id, TextMatch.fold($0.team)) })
        // Scores are symmetric; jitter is drawn once per pair so every attempt sees the same preferences.
        var match: [PairKey: (skill: UUID, teacher: UUID, learner: UUID)] = [:]
        var score: [PairKey: Double] = [:]
        for i in ids.indices {
            for j in ids.indices where j > i {
                let (a, b) = (ids[i], ids[j])
                let key = PairKey(a, b)
                var points = Double.random(in: 0...rules.jitter, using: &random)
                if let found = teachLearnMatch(a, b, skills: skills, ratings: ratings) {
                    match[key] = found
                    points += rules.teachLearn
                }
                if team[a] != team[b] { points += rules.mixedTeams }
                points -= Double(counts[key] ?? 0) * rules.pairedBefore
                score[key] = points
            }
        }

        var best: (groups: [[UUID]], repeats: Int, total: Double)?
        for _ in 0..<max(1, rules.attempts) {
            let order = ids.shuffled(using: &random)
            let groups = greedy(order, score: score, recent: recent)
            let repeats = groups.reduce(0) { total, group in total + pairKeys(group).filter { recent.contains($0) }.count }
            let total = groups.reduce(0.0) { sum, group in sum + pairKeys(group).reduce(0.0) { $0 + (score[$1] ?? 0) } }
            if best == nil || repeats < best!.repeats || (repeats == best!.repeats && total > best!.total) {
                best = (groups, repeats, total)
            }
        }

        var groups: [PairingGroup] = []
        for members in best?.groups ?? [] {
            var group = PairingGroup(id: random.uuid(), members: members)
            let found = pairKeys(members).compactMap { key in match[key].map { (key, $0) } }
                .max { (score[$0.0] ?? 0, $0.0) < (score[$1.0] ?? 0, $1.0) }
            if let found {
                group.skillID = found.1.skill
                group.teacher = found.1.teacher
                group.learner = found.1.learner
            }
            groups.append(group)
        }
        let repeats = groups.flatMap(\.pairKeys).filter { recent.contains($0) }.sorted()
        let round = PairingRound(id: id ?? random.uuid(), drawnAt: time, seed: seed, groups: groups)
        return PairingDraw(round: round, skipped: skipped, repeats: repeats)
    }

    /// The best skill one can teach and the other wants to learn: the biggest level difference, then the skill order.
    static func teachLearnMatch(_ a: UUID, _ b: UUID, skills: [Skill], ratings: CurrentRatings)
        -> (skill: UUID, teacher: UUID, learner: UUID)? {
        var best: (gap: Int, skill: UUID, teacher: UUID, learner: UUID)?
        for skill in skills {
            for (teacher, learner) in [(a, b), (b, a)]
            where ratings.canTeach(teacher, skill.id) && ratings.wantsToLearn(learner, skill.id) {
                let gap = ratings.level(teacher, skill.id).rawValue - ratings.level(learner, skill.id).rawValue
                if best == nil || gap > best!.gap { best = (gap, skill.id, teacher, learner) }
            }
        }
        return best.map { ($0.skill, $0.teacher, $0.learner) }
    }

    /// Pairs people in `order`: each unpaired person takes the best allowed partner among those left, preferring people
    /// with the fewest allowed partners; a leftover person joins the group where they fit best as a trio.
    static func greedy(_ order: [UUID], score: [PairKey: Double], recent: Set<PairKey>) -> [[UUID]] {
        var left = order
        var groups: [[UUID]] = []
        func allowed(_ a: UUID, _ b: UUID) -> Bool { !recent.contains(PairKey(a, b)) }
        while left.count >= 2 {
            // The most constrained person goes first, so nobody is left with only forbidden partners.
            let options = left.map { person in left.filter { $0 != person && allowed(person, $0) }.count }
            let index = options.indices.min { (options[$0], $0) < (options[$1], $1) }!
            let person = left.remove(at: index)
            let candidates = left.filter { allowed(person, $0) }
            let pool = candidates.isEmpty ? left : candidates
            let partner = pool.max { (score[PairKey(person, $0)] ?? 0, $1.uuidString) < (score[PairKey(person, $1)] ?? 0, $0.uuidString) }!
            left.removeAll { $0 == partner }
            groups.append([person, partner])
        }
        if let last = left.first, !groups.isEmpty {
            func fit(_ group: [UUID]) -> (Int, Double) {
                let forbidden = group.filter { !allowed(last, $0) }.count
                return (-forbidden, group.reduce(0.0) { $0 + (score[PairKey(last, $1)] ?? 0) })
            }
            let index = groups.indices.max { a, b in
                let (fa, fb) = (fit(groups[a]), fit(groups[b]))
                return fa.0 != fb.0 ? fa.0 < fb.0 : (fa.1, b) < (fb.1, a)
            }!
            groups[index].append(last)
        }
        return groups
    }

    /// Every unordered pair inside a group.
    static func pairKeys(_ members: [UUID]) -> [PairKey] {
        var keys: [PairKey] = []
        for i in members.indices { for j in members.indices where j > i { keys.append(PairKey(members[i], members[j])) } }
        return keys
    }
}
