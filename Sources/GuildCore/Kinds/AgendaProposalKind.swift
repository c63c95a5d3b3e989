import Foundation

extension RecordKind {
    /// AgendaProposal records, in the store's `proposals/` folder.
    public static let agendaProposal = RecordKind(folder: "proposals")
}

/// The AgendaProposal kind, declared once: its folder (above), noun and names; kept in `GuildData.otherKinds`.
extension AgendaProposal {
    /// Everything the program knows about AgendaProposal records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        AgendaProposal.self, noun: "agenda proposal",
        title: { proposal, _ in proposal.title }
    )
}

extension GuildData {
    /// Every agenda proposal, by id.
    public var proposals: [UUID: AgendaProposal] {
        otherKinds[.agendaProposal].compactMapValues { $0 as? AgendaProposal }
    }
}
