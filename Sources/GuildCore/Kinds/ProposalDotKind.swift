import Foundation

extension RecordKind {
    /// ProposalDot records, in the store's `dots/` folder (a folder per proposal).
    public static let proposalDot = RecordKind(folder: "dots")
}

/// The ProposalDot kind, declared once: its folder (above), noun and names; kept in `GuildData.otherKinds`.
extension ProposalDot {
    /// Everything the program knows about ProposalDot records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        ProposalDot.self, noun: "vote", title: { dot, data in name(of: dot, in: data) }, label: { dot, data in name(of: dot, in: data) }
    )

    /// "@zoe's vote for “Flaky tests”".
    static func name(of dot: ProposalDot, in data: GuildData) -> String {
        let proposal = (data.otherKinds[.agendaProposal][dot.proposalID] as? AgendaProposal)?.title ?? "a proposal"
        return "\(data.people[dot.voter].map { "@" + $0.handle } ?? "someone")'s vote for “\(proposal)”"
    }
}

extension GuildData {
    /// Every dot on every agenda proposal, by id.
    public var proposalDots: [UUID: ProposalDot] {
        otherKinds[.proposalDot].compactMapValues { $0 as? ProposalDot }
    }
}
