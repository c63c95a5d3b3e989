import Foundation
import GuildCore

/// The pairing proposal the pairs tab shows: this seed's draw and the earlier rounds it was drawn against, newest first.
struct PairsProposal: Sendable {
    var draw: PairingDraw
    var rounds: [PairingRound]

    /// Draws the proposal for `seed` at `now` against every recorded round (`ratings`: the data's current ratings, when kept).
    init(_ data: GuildData, seed: UInt64, now: Date, ratings: CurrentRatings? = nil) {
        rounds = data.pairingRounds.values.sorted { a, b in a.drawnAt != b.drawnAt ? a.drawnAt > b.drawnAt : b.id.precedes(a.id) }
        draw = PairingRoulette.draw(data, previous: rounds, seed: seed, at: now, ratings: ratings)
    }
}
