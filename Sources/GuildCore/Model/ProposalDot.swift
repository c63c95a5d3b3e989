import Foundation

/// One person's dot on one agenda proposal: a file of its own in `dots/`, named by an id made from the proposal and the
/// voter, so the same person voting twice (from two terminals, or two clones) writes the same file
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

    public func validate() throws(ValidationError) {
        guard id == ProposalDot.id(proposal: proposalID, voter: voter) else {
            throw ValidationError(field: "id", "a dot's id is made from its proposal and voter")
        }
    }

    /// The id of `voter`'s dot on `proposal`: the same on every machine.
    public static func id(proposal: UUID, voter: UUID) -> UUID {
        DerivedID.make([proposal, voter])
    }
}
