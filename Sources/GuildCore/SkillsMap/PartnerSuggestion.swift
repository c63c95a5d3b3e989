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

    /// The reasons in words, as `guild pairs --for` and the pairs tab show them: "teaches you Kubernetes, Go",
    /// "learns Swift from you", "other team (Mobile)", "never paired" (`day` writes the date of the last pairing).
    public func reasons(in data: GuildData, day: (Date) -> String) -> [String] {
        var why: [String] = []
        let skills = { (ids: [UUID]) in ids.compactMap { data.skills[$0]?.name }.joined(separator: ", ") }
        if !teachesYou.isEmpty { why.append("teaches you " + skills(teachesYou)) }
        if !learnsFromYou.isEmpty { why.append("learns " + skills(learnsFromYou) + " from you") }
        if !isTeachingMatch { why.append("no skill to teach each other") }
        let team = data.people[partner]?.team ?? ""
        why.append(crossTeam ? "other team" + (team.isEmpty ? "" : " (\(team))") : "same team")
        if let lastPaired {
            let times = timesPaired == 1 ? "" : ", \(timesPaired) rounds in all"
            why.append((isRecent ? "paired recently: " : "last paired ") + day(lastPaired) + times)
        } else {
            why.append("never paired")
        }
        return why
    }

    /// The best partners for `person` among everyone the draw would include (not away, not opted out), best first
    /// (then in name order), scored by the draw's rules: a teach/learn match, mixed teams, fewer rounds together,
    /// recent pairs last. Builds a `PartnerIndex` for this one question; keep one to ask for many people.
    public static func suggest(for person: UUID, in data: GuildData, rounds: [PairingRound],
                               rules: PairingRoulette.Rules = .init(), limit: Int = 5) -> [PartnerSuggestion] {
        guard data.people[person] != nil, limit > 0 else { return [] }
        return PartnerIndex(data, rounds: rounds, rules: rules).suggest(for: person, limit: limit)
    }
}
