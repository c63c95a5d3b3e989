import Foundation

/// The pairing draw's score of any two people present, answered in a few lookups: who can teach whom (a bit per pair,
/// filled from an index of teachers and learners by skill), teams, earlier rounds together and a seeded jitter.
///
/// People are indices into the present list (name order), so ties never need an id's string.
struct PairScores {
    /// How many people are present.
    let count: Int
    private let words: Int
    /// Row `a` has bit `b` set when one of the two can teach a skill the other wants to learn.
    private let matches: [UInt64]
    /// Each person's team, as a number (folded names compared once).
    private let teams: [Int]
    /// Each person's earlier partners: how many rounds together, and whether one is within the window.
    private let earlier: [[PastPartner]]
    private let seed: UInt64
    private let rules: PairingRoulette.Rules

    /// Someone a person was paired with before.
    private struct PastPartner {
        var partner: Int
        var times: Int
        var recent: Bool
    }

    init(_ present: [Person], ratings: CurrentRatings, data: GuildData, history: [PairingRound], recent: Set<PairKey>, seed: UInt64,
         rules: PairingRoulette.Rules) {
        count = present.count
        words = (present.count + 63) / 64
        self.seed = seed
        self.rules = rules
        var index: [UUID: Int] = [:]
        index.reserveCapacity(present.count)
        for (position, person) in present.enumerated() { index[person.id] = position }

        var teamNumbers: [String: Int] = [:]
        teams = present.map { person in
            let folded = TextMatch.fold(person.team)
            if let number = teamNumbers[folded] { return number }
            teamNumbers[folded] = teamNumbers.count
            return teamNumbers.count - 1
        }

        // Teachers and learners of each skill, then a bit for every teacher × learner of the same skill.
        var teachers: [UUID: [Int]] = [:]
        var learners: [UUID: [Int]] = [:]
        for (position, person) in present.enumerated() {
            // Each rating read once, as it is (not looked up again per question).
            for (skillID, rating) in ratings.ratings(of: person.id) where data.skills[skillID] != nil {
                if CurrentRatings.canTeach(rating) { teachers[skillID, default: []].append(position) }
                if CurrentRatings.wantsToLearn(rating) { learners[skillID, default: []].append(position) }
            }
        }
        var matches = [UInt64](repeating: 0, count: words * present.count)
        for (skillID, learning) in learners {
            guard let teaching = teachers[skillID] else { continue }
            for learner in learning {
                for teacher in teaching where teacher != learner {
                    matches[learner * words + teacher >> 6] |= 1 << UInt64(teacher & 63)
                    matches[teacher * words + learner >> 6] |= 1 << UInt64(learner & 63)
                }
            }
        }
        self.matches = matches

        var earlier = [[PastPartner]](repeating: [], count: present.count)
        for round in history {
            for group in round.groups {
                for key in group.pairKeys {
                    guard let a = index[key.first], let b = index[key.second] else { continue }
                    let isRecent = recent.contains(key)
                    for (x, y) in [(a, b), (b, a)] {
                        if let slot = earlier[x].firstIndex(where: { $0.partner == y }) {
                            earlier[x][slot].times += 1
                        } else {
                            earlier[x].append(PastPartner(partner: y, times: 1, recent: isRecent))
                        }
                    }
                }
            }
        }
        self.earlier = earlier
    }

    /// Whether one of `a` and `b` can teach a skill the other wants to learn.
    func isMatch(_ a: Int, _ b: Int) -> Bool {
        matches[a * words + b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    /// Whether `a` and `b` were together within the window (such a pair is not drawn again unless nothing else works).
    func isRecent(_ a: Int, _ b: Int) -> Bool {
        earlier[a].contains { $0.partner == b && $0.recent }
    }

    /// Whether `a` and `b` are in different teams.
    func isMixed(_ a: Int, _ b: Int) -> Bool { teams[a] != teams[b] }

    /// The pair's points: a teach/learn match, mixed teams, minus earlier rounds together, plus the seeded jitter.
    func score(_ a: Int, _ b: Int) -> Double {
        var points = jitter(a, b)
        if isMatch(a, b) { points += rules.teachLearn }
        if teams[a] != teams[b] { points += rules.mixedTeams }
        for past in earlier[a] where past.partner == b { points -= Double(past.times) * rules.pairedBefore }
        return points
    }

    /// The pair's score as the matching weighs it: a recent pair counts as far worse than any other. The same value
    /// as `isRecent(a, b) ? score(a, b) - 1_000 : score(a, b)`, with `a`'s earlier partners read once.
    func weight(_ a: Int, _ b: Int) -> Double {
        var points = jitter(a, b)
        if isMatch(a, b) { points += rules.teachLearn }
        if teams[a] != teams[b] { points += rules.mixedTeams }
        var recent = false
        for past in earlier[a] where past.partner == b {
            points -= Double(past.times) * rules.pairedBefore
            if past.recent { recent = true }
        }
        return recent ? points - 1_000 : points
    }

    /// Up to `rules.jitter` points, the same for the pair whichever way round, different for each seed.
    private func jitter(_ a: Int, _ b: Int) -> Double {
        let (low, high) = a < b ? (a, b) : (b, a)
        var z = seed &+ (UInt64(low) << 32 | UInt64(high)) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Double(z >> 11) * 0x1p-53 * rules.jitter
    }

    /// `score(a, b)` and `isRecent(a, b)` for every `b` from `first` on at once, into `row` and `recentRow` (`count`
    /// entries each; those before `first` are left as they were): the same values, the same operations in the same
    /// order, with `a`'s earlier partners looked at once instead of twice per pair (the candidate lists score every
    /// pair of an organisation). A pair scores the same either way round, so the draw scores each pair once.
    func scores(of a: Int, from first: Int = 0, into row: inout [Double], recent recentRow: inout [Bool]) {
        let base = a * words
        let team = teams[a]
        for b in first..<max(first, count) {
            var points = jitter(a, b)
            if matches[base + b >> 6] & (1 << UInt64(b & 63)) != 0 { points += rules.teachLearn }
            if team != teams[b] { points += rules.mixedTeams }
            row[b] = points
            recentRow[b] = false
        }
        for past in earlier[a] where past.partner >= first {
            row[past.partner] -= Double(past.times) * rules.pairedBefore
            if past.recent { recentRow[past.partner] = true }
        }
    }
}
