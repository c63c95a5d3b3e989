import Foundation
import GuildCore

/// The round the pairs tab proposes: drawn once per draw request (opening the tab, `skills.pairs.redraw`), kept while
/// the skills map is open, adjusted by swapping two people, and recorded as it stands (`skills.pairs.record`).
public struct PairsDraft: Sendable, Equatable {
    /// The draw: the round (with the swaps made since), who sat out and why.
    public internal(set) var draw: PairingDraw
    /// The person marked for a swap, waiting for the second one.
    public internal(set) var marked: UUID?
    /// How many swaps were made since the draw.
    public internal(set) var swaps = 0

    /// The round as it would be recorded.
    public var round: PairingRound { draw.round }

    /// Draws the round for `seed` at `now` against every recorded round (`ratings`: the data's current ratings, when kept).
    init(_ data: GuildData, seed: UInt64, now: Date, ratings: CurrentRatings? = nil) {
        draw = PairingRoulette.draw(data, previous: Array(data.pairingRounds.values), seed: seed, at: now, ratings: ratings)
    }
}
