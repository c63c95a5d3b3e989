import Foundation

/// A partner suggested for one person (`guild pairs --for`), with the reasons the draw would weigh: the skills each
/// can teach the other, whether their teams differ, and when they last paired.
public struct PartnerSuggestion: Sendable, Equatable {
    /// The suggested partner.
    public var partner: UUID
    /// Skills the partner can teach and the person wants to learn, in the matrix's skill order.
    public var teachesYou: [UUID]
    /// Skills the person can teach and the partner wants to learn, in the matrix's skill order.
    public var learnsFromYou: [UUID]
    /// Whether the two are in different teams.
    public var crossTeam: Bool
    /// How many recorded rounds paired them.
    public var timesPaired: Int
    /// When they were last paired; nil when never.
    public var lastPaired: Date?
    /// Whether that was within the draw's window of recent rounds (the draw avoids such a pair).
    public var isRecent: Bool
    /// The draw's points for the pair, without its seeded jitter (higher is better; a recent pair is far worse).
    public var score: Double

    /// Whether one can teach the other something they want to learn.
    public var isTeachingMatch: Bool { !teachesYou.isEmpty || !learnsFromYou.isEmpty }

    /// The best partners for `person` among everyone the draw would include (not away, not opted out), best first
    /// (then in name order), scored by the draw's rules: a teach/learn match, mixed teams, fewer rounds together,
    /// recent pairs last. Reads each candidate's own ratings once: linear in people and their ratings.
    public static func suggest(for person: UUID, in data: GuildData, rounds: [PairingRound],
                               rules: PairingRoulette.Rules = .init(), limit: Int = 5) -> [PartnerSuggestion] {
        guard let me = data.people[person], limit > 0 else { return [] }
        let ratings = CurrentRatings(data)
        var skillRank: [UUID: Int] = [:]
        for (rank, skill) in SkillsMatrix.sortedSkills(Array(data.skills.values)).enumerated() { skillRank[skill.id] = rank }
        let myRatings = ratings.ratings(of: person)
        let iTeach = Set(myRatings.keys.filter { skillRank[$0] != nil && ratings.canTeach(person, $0) })
        let iLearn = Set(myRatings.keys.filter { skillRank[$0] != nil && ratings.wantsToLearn(person, $0) })

        // Earlier rounds with each partner, newest first so the first seen is the last time.
        let history = rounds.sorted { a, b in a.drawnAt != b.drawnAt ? a.drawnAt > b.drawnAt : b.id.precedes(a.id) }
        var together: [UUID: (times: Int, last: Date, recent: Bool)] = [:]
        for (position, round) in history.enumerated() {
            for group in round.groups where group.members.contains(person) {
                for partner in group.members where partner != person {
                    if var seen = together[partner] {
                        seen.times += 1
                        together[partner] = seen
                    } else {
                        together[partner] = (1, round.drawnAt, position < rules.window)
                    }
                }
            }
        }

        let myTeam = TextMatch.fold(me.team)
        var suggestions: [(suggestion: PartnerSuggestion, order: Int)] = []
        for (order, other) in SkillsMatrix.sortedPeople(Array(data.people.values)).enumerated()
        where other.id != person && !other.isAway && !(other.pairingOptOut ?? false) {
            let theirs = ratings.ratings(of: other.id)
            let teaches = theirs.keys.filter { iLearn.contains($0) && ratings.canTeach(other.id, $0) }
                .sorted { skillRank[$0, default: .max] < skillRank[$1, default: .max] }
            let learns = theirs.keys.filter { iTeach.contains($0) && ratings.wantsToLearn(other.id, $0) }
                .sorted { skillRank[$0, default: .max] < skillRank[$1, default: .max] }
            let past = together[other.id]
            let crossTeam = TextMatch.fold(other.team) != myTeam
            var score = 0.0
            if !teaches.isEmpty || !learns.isEmpty { score += rules.teachLearn }
            if crossTeam { score += rules.mixedTeams }
            score -= Double(past?.times ?? 0) * rules.pairedBefore
            if past?.recent == true { score -= 1_000 }
            suggestions.append((PartnerSuggestion(partner: other.id, teachesYou: teaches, learnsFromYou: learns, crossTeam: crossTeam,
                                                  timesPaired: past?.times ?? 0, lastPaired: past?.last, isRecent: past?.recent ?? false,
                                                  score: score), order))
        }
        suggestions.sort { $0.suggestion.score != $1.suggestion.score ? $0.suggestion.score > $1.suggestion.score : $0.order < $1.order }
        return suggestions.prefix(limit).map(\.suggestion)
    }
}
