import Foundation

extension RecordKind {
    /// ContinueVote records, in the store's `continues/` folder (one file per voter and timebox).
    public static let continueVote = RecordKind(folder: "continues")
}

/// The ContinueVote kind, declared once: its folder (above), noun and names; kept in `GuildData.otherKinds`.
extension ContinueVote {
    /// Everything the program knows about ContinueVote records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        ContinueVote.self, noun: "continue vote", title: { vote, data in name(of: vote, in: data) }, label: { vote, data in name(of: vote, in: data) },
        cache: cacheCoding
    )

    /// How the load cache writes and reads ContinueVote records.
    static let cacheCoding = RecordCacheCoding(ContinueVote.self, fields: [
        "ContinueVote": "id,sessionID,itemID,timeboxSeconds,voter,keepGoing,updatedAt",
    ], samples: {
        [ContinueVote(sessionID: RecordCacheCoding.sampleID, itemID: RecordCacheCoding.sampleID, timeboxSeconds: 0, voter: RecordCacheCoding.sampleID,
                      keepGoing: true, at: RecordCacheCoding.sampleDate)]
    }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: ContinueVote, _ w: inout ByteWriter) {
        w.uuid(r.id); w.uuid(r.sessionID); w.uuid(r.itemID); w.int(r.timeboxSeconds); w.uuid(r.voter); w.bool(r.keepGoing); w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> ContinueVote {
        let id = try r.uuid()
        var vote = ContinueVote(sessionID: try r.uuid(), itemID: try r.uuid(), timeboxSeconds: try r.int(), voter: try r.uuid(),
                                keepGoing: try r.bool(), at: try r.date())
        vote.id = id
        return vote
    }

    /// "@zoe: 👍 continue “Flaky tests”".
    static func name(of vote: ContinueVote, in data: GuildData) -> String {
        let item = data.sessions[vote.sessionID]?.agenda.first { $0.id == vote.itemID }?.title ?? "an agenda item"
        return "\(data.people[vote.voter].map { "@" + $0.handle } ?? "someone"): \(vote.keepGoing ? "👍 continue" : "👎 next item") “\(item)”"
    }
}
