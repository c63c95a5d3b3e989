import Foundation

/// A proposal for a future session, with votes, the skills it builds and who could present it.
public struct Topic: Record, Hashable {
    public static let kind = RecordKind.topic

    /// Where a proposal stands.
    public enum Status: String, CaseIterable, Codable, Sendable {
        case proposed, scheduled, done, dropped
    }

    public var id: UUID
    public var title: String
    public var details: String
    public var proposedBy: UUID?
    /// The people who voted for it (one vote each).
    public var votes: [UUID]
    public var skillIDs: [UUID]
    public var suggestedPresenters: [UUID]
    public var status: Status
    /// The session it was scheduled as.
    public var sessionID: UUID?
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID = UUID(), title: String, details: String = "", proposedBy: UUID? = nil, votes: [UUID] = [],
                skillIDs: [UUID] = [], suggestedPresenters: [UUID] = [], status: Status = .proposed,
                sessionID: UUID? = nil, createdAt: Date, updatedAt: Date? = nil) {
        self.id = id
        self.title = title
        self.details = details
        self.proposedBy = proposedBy
        self.votes = votes
        self.skillIDs = skillIDs
        self.suggestedPresenters = suggestedPresenters
        self.status = status
        self.sessionID = sessionID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {
        visit(&title, "title", TextLimit.title)
        visit(&details, "details", TextLimit.document)
    }

    public func validate() throws(ValidationError) {
        try Check.notBlank(title, field: "title")
        try TextLimit.check(self)
        if Set(votes).count != votes.count {
            throw ValidationError(field: "votes", "someone voted twice")
        }
    }
}
