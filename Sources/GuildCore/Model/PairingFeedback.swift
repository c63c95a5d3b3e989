import Foundation

/// What someone said about one pairing of a round; shared in the weekly meeting's pairing round.
public struct PairingFeedback: Codable, Sendable, Hashable, Identifiable {
    public var id: UUID
    /// The group of the round it is about.
    public var groupID: UUID
    public var author: UUID?
    /// Free text, Markdown; emoji welcome.
    public var text: String
    /// Already shared in a weekly meeting.
    public var shared: Bool
    public var createdAt: Date

    public init(id: UUID = UUID(), groupID: UUID, author: UUID? = nil, text: String, shared: Bool = false, createdAt: Date) {
        self.id = id
        self.groupID = groupID
        self.author = author
        self.text = text
        self.shared = shared
        self.createdAt = createdAt
    }
}
