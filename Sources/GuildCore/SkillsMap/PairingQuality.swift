import Foundation

/// How good a run of pairing rounds is: groups with a teach/learn match, groups that mix teams, and pairs repeated
/// from the rounds before them (within the rules' window).
public struct PairingQuality: Sendable, Equatable, CustomStringConvertible {
    /// Groups drawn (pairs and trios) over all rounds.
    public var groups = 0
    /// Groups with a skill one member can teach and another wants to learn.
    public var matched = 0
    /// Groups with people of more than one team (teams compared ignoring case and accents).
    public var mixed = 0
    /// Pairs inside groups that were together within the `window` rounds before.
    public var repeats = 0

    public init(groups: Int = 0, matched: Int = 0, mixed: Int = 0, repeats: Int = 0) {
        self.groups = groups
        self.matched = matched
        self.mixed = mixed
        self.repeats = repeats
    }

    /// The share of groups with a teach/learn match (0 when none).
    public var matchedShare: Double { groups == 0 ? 0 : Double(matched) / Double(groups) }
    /// The share of groups mixing teams (0 when none).
    public var mixedShare: Double { groups == 0 ? 0 : Double(mixed) / Double(groups) }

    public var description: String {
        "\(groups) groups, \(matched) matched (\(Self.percent(matchedShare))), \(mixed) mixed (\(Self.percent(mixedShare))), \(repeats) repeats"
    }

    private static func percent(_ share: Double) -> String { String(format: "%.1f %%", share * 100) }

    /// Measures `rounds`, in the order they were drawn, for the people of `data`.
    public static func of(_ rounds: [PairingRound], data: GuildData, window: Int) -> PairingQuality {
        var quality = PairingQuality()
        for (index, round) in rounds.enumerated() {
            var recent: Set<PairKey> = []
            for earlier in rounds[max(0, index - window)..<index] { for group in earlier.groups { recent.formUnion(group.pairKeys) } }
            for group in round.groups {
                quality.groups += 1
                if group.skillID != nil { quality.matched += 1 }
                if Set(group.members.map { TextMatch.fold(data.people[$0]?.team ?? "") }).count > 1 { quality.mixed += 1 }
                quality.repeats += group.pairKeys.filter { recent.contains($0) }.count
            }
        }
        return quality
    }

    /// Draws `count` rounds one after another (seeds `firstSeed`, `firstSeed + 1`…, a week apart from `start`), each
    /// seeing the ones before, and measures them.
    public static func simulate(_ data: GuildData, rounds count: Int, firstSeed: UInt64, start: Date,
                                rules: PairingRoulette.Rules = PairingRoulette.Rules()) -> (quality: PairingQuality, rounds: [PairingRound]) {
        var rounds: [PairingRound] = []
        for index in 0..<count {
            let draw = PairingRoulette.draw(data, previous: rounds, seed: firstSeed &+ UInt64(index),
                                            at: start.addingTimeInterval(Double(index) * 7 * 86_400), rules: rules,
                                            id: UUID(uuid: (0, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, UInt8(index / 256), UInt8(index % 256))))
            rounds.append(draw.round)
        }
        return (of(rounds, data: data, window: rules.window), rounds)
    }
}
