import Foundation

extension RecordKind {
    /// ProposalDot records, in the store's `dots/` folder (one file per voter and proposal; no group
    /// folders, so the load cache keeps them).
    public static let proposalDot = RecordKind(folder: "dots")
}

/// The ProposalDot kind, declared once: its folder (above), noun and names; kept in `GuildData.otherKinds`.
extension ProposalDot {
    /// Everything the program knows about ProposalDot records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        ProposalDot.self, noun: "vote", title: { dot, data in name(of: dot, in: data) }, label: { dot, data in name(of: dot, in: data) },
        cache: cacheCoding
    )

    /// How the load cache writes and reads ProposalDot records.
    static let cacheCoding = RecordCacheCoding(ProposalDot.self, fields: ["ProposalDot": "id,proposalID,voter,updatedAt"], samples: {
        [ProposalDot(proposalID: RecordCacheCoding.sampleID, voter: RecordCacheCoding.sampleID, at: RecordCacheCoding.sampleDate)]
    }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: ProposalDot, _ w: inout ByteWriter) {
        w.uuid(r.id); w.uuid(r.proposalID); w.uuid(r.voter); w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> ProposalDot {
        let id = try r.uuid()
        var dot = ProposalDot(proposalID: try r.uuid(), voter: try r.uuid(), at: try r.date())
        // The id as the file had it (a file whose id does not match is refused when read as JSON, never cached).
        dot.id = id
        return dot
    }

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
