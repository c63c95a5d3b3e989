import Foundation

/// The outcome of drawing a pairing round: the round to record, who sat out and why, and any repeat that could not be avoided.
public struct PairingDraw: Sendable, Equatable {
    /// Why someone is not in this round.
    public enum SkipReason: String, Sendable, Hashable {
        case away, optedOut = "opted out"
    }

    public var round: PairingRound
    /// People left out, by name order.
    public var skipped: [(personID: UUID, reason: SkipReason)]
    /// Pairs that repeat one from the window (only when no other draw existed, e.g. three people and a window of two).
    public var repeats: [PairKey]

    public init(round: PairingRound, skipped: [(personID: UUID, reason: SkipReason)], repeats: [PairKey]) {
        self.round = round
        self.skipped = skipped
        self.repeats = repeats
    }

    public static func == (a: PairingDraw, b: PairingDraw) -> Bool {
        a.round == b.round && a.repeats == b.repeats
            && a.skipped.map(\.personID) == b.skipped.map(\.personID) && a.skipped.map(\.reason) == b.skipped.map(\.reason)
    }
}
