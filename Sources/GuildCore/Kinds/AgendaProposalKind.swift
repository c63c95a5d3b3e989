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
        title: { proposal, _ in proposal.title }, cache: cacheCoding
    )

    /// How the load cache writes and reads AgendaProposal records.
    static let cacheCoding = RecordCacheCoding(AgendaProposal.self, fields: [
        "AgendaProposal": "id,title,minutes,sessionID,slot,proposedBy,createdAt,updatedAt",
    ], samples: {
        [AgendaProposal(id: RecordCacheCoding.sampleID, title: "", sessionID: RecordCacheCoding.sampleID, slot: RecordCacheCoding.sampleDate,
                        createdAt: RecordCacheCoding.sampleDate)]
    }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: AgendaProposal, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.title); w.int(r.minutes); w.uuid(r.sessionID); w.date(r.slot)
        w.optional(r.proposedBy) { $0.uuid($1) }
        w.date(r.createdAt); w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> AgendaProposal {
        AgendaProposal(id: try r.uuid(), title: try r.string(), minutes: try r.int(), sessionID: try r.uuid(), slot: try r.date(),
                       proposedBy: try r.optionalUUID(), createdAt: try r.date(), updatedAt: try r.date())
    }
}

extension GuildData {
    /// Every agenda proposal, by id.
    public var proposals: [UUID: AgendaProposal] {
        otherKinds[.agendaProposal].compactMapValues { $0 as? AgendaProposal }
    }
}
