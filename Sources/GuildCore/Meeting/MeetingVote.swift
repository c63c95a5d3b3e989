import Foundation

/// An anonymous 1–5 rating of a live meeting given from any terminal (`guild rate-meeting`): a file of its own in
/// `votes/<session-id>/`, travelling like an anonymous question.
///
/// It says nothing about who rated or when: no author, a random id (and file name), the session's start as its time
/// (the same for every vote), and `"anonymous": true`, so `guild sync` puts it on the anonymous branch rather than in
/// a commit under the rater's name.
public struct MeetingVote: Record, Hashable {
    public static let kind = RecordKind.vote

    public var id: UUID
    /// The held session rated.
    public var sessionID: UUID
    /// 1 (poor) to 5 (great).
    public var value: Int
    /// Always true: marks the file for the anonymous branch (StoreSync routes any record saying so).
    public var anonymous: Bool
    /// The session's start, whenever the vote was given.
    public var updatedAt: Date

    public init(id: UUID, sessionID: UUID, value: Int, updatedAt: Date) {
        self.id = id
        self.sessionID = sessionID
        self.value = value
        anonymous = true
        self.updatedAt = updatedAt
    }

    /// A vote for `session`: a random id (`id`) and the session's start as its time, like an anonymous question.
    public static func given(_ value: Int, to session: Session, id: UUID) -> MeetingVote {
        MeetingVote(id: id, sessionID: session.id, value: value, updatedAt: session.start)
    }

    /// Votes live in a folder per session.
    public var groupID: UUID? { sessionID }

    public func validate() throws(ValidationError) {
        guard (1...5).contains(value) else { throw ValidationError(field: "value", "a rating must be between 1 and 5") }
        guard anonymous else { throw ValidationError(field: "anonymous", "a meeting rating is always anonymous") }
    }
}

extension GuildData {
    /// The anonymous votes given to `sessionID` from other terminals, in a stable order (by value, then id).
    public func votes(for sessionID: UUID) -> [MeetingVote] {
        votes.values.filter { $0.sessionID == sessionID }.sorted { ($0.value, $0.id.orderKey) < ($1.value, $1.id.orderKey) }
    }
}
