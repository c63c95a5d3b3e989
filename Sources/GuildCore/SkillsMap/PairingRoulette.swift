import Foundation

/// The pairing roulette: pairs someone who can teach a skill with someone who wants to learn it, mixes teams, avoids
/// pairs from the last rounds, skips people away or opted out, and makes one trio when the count is odd. Seeded.
///
/// It scales to an organisation (2,000 people) in about n² log k: teachers and learners are indexed by skill, so a
/// pair's score is a few lookups; each person keeps their best `candidates` partners; a greedy matching takes the
/// best pairs first; people left over pair among themselves (swapping into existing pairs rather than repeating a
/// recent pair); then passes of pair swaps improve the total. Ties go to name order, never to an id's string.
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
        /// Passes of pair swaps that improve the greedy matching.
        public var passes = 4
        /// How many best partners each person keeps as candidates when there are more people than that.
        public var candidates = 48

        public init() {}
    }

    /// Draws this round's pairs from everyone present, given earlier rounds (any order); `ratings` are the data's
    /// current ratings when the caller keeps them.
    public static func draw(_ data: GuildData, previous: [PairingRound], seed: UInt64, at time: Date,
                            rules: Rules = Rules(), id: UUID? = nil, ratings known: CurrentRatings? = nil) -> PairingDraw {
        var skipped: [(UUID, PairingDraw.SkipReason)] = []
        var present: [Person] = []
        for person in SkillsMatrix.sortedPeople(Array(data.people.values)) {
            if person.isAway { skipped.append((person.id, .away)) } else if person.pairingOptOut ?? false {
                skipped.append((person.id, .optedOut))
            } else { present.append(person) }
        }
        let history = newestFirst(previous)
        let recent = recentPairs(inNewestFirst: history, rules: rules)

        var random = SeededRandom(seed: seed)
        let ratings = known ?? CurrentRatings(data)
        let scores = PairScores(present, ratings: ratings, data: data, history: history, recent: recent, seed: seed, rules: rules)
        let matching = PairMatching(scores: scores, rules: rules)
        let members = matching.groups()

        var skillRank: [UUID: Int] = [:]
        for (rank, skill) in SkillsMatrix.sortedSkills(Array(data.skills.values)).enumerated() { skillRank[skill.id] = rank }
        var groups: [PairingGroup] = []
        for indices in members {
            var group = PairingGroup(id: random.uuid(), members: indices.map { present[$0].id })
            // The group's skill: the best-scoring pair inside it with a teach/learn match.
            var best: (score: Double, a: Int, b: Int)?
            for (x, y) in Self.pairs(indices) where scores.isMatch(x, y) {
                let score = scores.score(x, y)
                if best == nil || score > best!.score { best = (score, x, y) }
            }
            if let best, let found = teachLearnMatch(present[best.a].id, present[best.b].id, skillRank: skillRank, ratings: ratings) {
                group.skillID = found.skill
                group.teacher = found.teacher
                group.learner = found.learner
            }
            groups.append(group)
        }
        let repeats = groups.flatMap(\.pairKeys).filter { recent.contains($0) }.sorted()
        let round = PairingRound(id: id ?? random.uuid(), drawnAt: time, seed: seed, groups: groups)
        return PairingDraw(round: round, skipped: skipped, repeats: repeats)
    }

    /// The pairs of the last `rules.window` rounds of `rounds` (any order): the draw avoids them, the pairs tab warns of them.
    public static func recentPairs(_ rounds: [PairingRound], rules: Rules = Rules()) -> Set<PairKey> {
        recentPairs(inNewestFirst: newestFirst(rounds), rules: rules)
    }

    /// `rounds` newest first (ties: the larger id first).
    static func newestFirst(_ rounds: [PairingRound]) -> [PairingRound] {
        rounds.sorted { a, b in a.drawnAt != b.drawnAt ? a.drawnAt > b.drawnAt : b.id.precedes(a.id) }
    }

    private static func recentPairs(inNewestFirst history: [PairingRound], rules: Rules) -> Set<PairKey> {
        var recent: Set<PairKey> = []
        for round in history.prefix(rules.window) { for group in round.groups { recent.formUnion(group.pairKeys) } }
        return recent
    }

    /// The best skill one can teach and the other wants to learn: the biggest level difference, then the skill order
    /// (`skillRank`: each skill's place in it), then `a` teaching. Reads only the two people's own ratings.
    static func teachLearnMatch(_ a: UUID, _ b: UUID, skillRank: [UUID: Int], ratings: CurrentRatings)
        -> (skill: UUID, teacher: UUID, learner: UUID)? {
        var best: (gap: Int, rank: Int, direction: Int, skill: UUID, teacher: UUID, learner: UUID)?
        for (direction, (teacher, learner)) in [(a, b), (b, a)].enumerated() {
            let learning = ratings.ratings(of: learner)
            for (skillID, rating) in ratings.ratings(of: teacher) {
                guard CurrentRatings.canTeach(rating), let wanted = learning[skillID], CurrentRatings.wantsToLearn(wanted),
                      let rank = skillRank[skillID] else { continue }
                let gap = rating.level.rawValue - wanted.level.rawValue
                if best == nil || gap > best!.gap || (gap == best!.gap && (rank, direction) < (best!.rank, best!.direction)) {
                    best = (gap, rank, direction, skillID, teacher, learner)
                }
            }
        }
        return best.map { ($0.skill, $0.teacher, $0.learner) }
    }

    /// Every unordered pair inside a group of indices.
    static func pairs(_ members: [Int]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for i in members.indices { for j in members.indices where j > i { pairs.append((members[i], members[j])) } }
        return pairs
    }
}
