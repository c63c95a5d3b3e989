import Foundation

/// One person's dot on one agenda proposal: a file of its own in `dots/<proposal-id>/`, named by an id made from the
/// proposal and the voter, so the same person voting twice (from two terminals, or two clones) writes the same file
/// and two people voting at once never write the same one.
public struct ProposalDot: Record, Hashable {
    public static let kind = RecordKind.proposalDot

    public var id: UUID
    public var proposalID: UUID
    /// Who gave the dot.
    public var voter: UUID
    /// When it was given: when more dots than allowed reach the store (two clones), the earliest count.
    public var updatedAt: Date

    /// `voter`'s dot on `proposalID`, with the id every terminal makes for that pair.
    public init(proposalID: UUID, voter: UUID, at time: Date) {
        id = ProposalDot.id(proposal: proposalID, voter: voter)
        self.proposalID = proposalID
        self.voter = voter
        updatedAt = time
    }

    /// Dots live in a folder per proposal.
    public var groupID: UUID? { proposalID }

    public func validate() throws(ValidationError) {
        guard id == ProposalDot.id(proposal: proposalID, voter: voter) else {
            throw ValidationError(field: "id", "a dot's id is made from its proposal and voter")
        }
    }

    /// The id of `voter`'s dot on `proposal`: the same on every machine.
    public static func id(proposal: UUID, voter: UUID) -> UUID {
        var seed: UInt64 = 0x6A09_E667_F3BC_C908
        for id in [proposal, voter] {
            let bytes = withUnsafeBytes(of: id.uuid) { Array($0) }
            for half in 0..<2 {
                let word = bytes[(half * 8)..<(half * 8 + 8)].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                var mixer = SeededRandom(seed: seed ^ word)
                seed = mixer.next()
            }
        }
        var random = SeededRandom(seed: seed)
        return random.uuid()
    }
}
