import Foundation

extension RecordKind {
    /// MeetingVote records, in the store's `votes/` folder (a folder per session).
    public static let vote = RecordKind(folder: "votes")
}

/// The MeetingVote kind, declared once: its folder (above), noun, table, names, load cache coding.
extension MeetingVote {
    /// Everything the program knows about MeetingVote records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        MeetingVote.self, noun: "meeting rating", table: \.votes,
        title: { vote, data in data.sessions[vote.sessionID].map { "anonymous rating of \($0.title)" } },
        label: { vote, data in "anonymous rating of “\(data.sessions[vote.sessionID]?.title ?? "a session")”" },
        cache: cacheCoding
    )

    /// How the load cache writes and reads MeetingVote records.
    static let cacheCoding = RecordCacheCoding(MeetingVote.self, fields: ["MeetingVote": "id,sessionID,value,anonymous,updatedAt"],
                                               samples: {
                                                   [MeetingVote(id: RecordCacheCoding.sampleID, sessionID: RecordCacheCoding.sampleID, value: 1,
                                                                updatedAt: RecordCacheCoding.sampleDate)]
                                               }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: MeetingVote, _ w: inout ByteWriter) {
        w.uuid(r.id); w.uuid(r.sessionID); w.int(r.value); w.bool(r.anonymous); w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> MeetingVote {
        var vote = MeetingVote(id: try r.uuid(), sessionID: try r.uuid(), value: try r.int(), updatedAt: RecordCacheCoding.sampleDate)
        vote.anonymous = try r.bool()
        vote.updatedAt = try r.date()
        return vote
    }
}
