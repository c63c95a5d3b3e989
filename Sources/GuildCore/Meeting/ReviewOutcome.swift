/// What the opening review decided for an open action item from an earlier meeting.
public enum ReviewOutcome: String, Codable, Sendable, Hashable, CaseIterable {
    case done
    /// Still open; it stays on the list for the next meeting.
    case carriedOver = "carried over"
    case dropped
}
