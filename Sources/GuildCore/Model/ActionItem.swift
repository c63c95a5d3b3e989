import Foundation

/// A commitment that came out of a session: what, who, by when, and whether it happened.
public struct ActionItem: Record, Hashable {
    public static let kind = RecordKind.action

    /// Where an action item stands.
    public enum Status: String, CaseIterable, Codable, Sendable {
        case open, done, dropped
    }

    public var id: UUID
    public var title: String
    public var owner: UUID?
    public var due: Day?
    public var status: Status
    /// The session it came from.
    public var sessionID: UUID?
    /// A free tag ("#ci"), from quick-add.
    public var tag: String?
    public var createdAt: Date
    public var completedAt: Date?
    public var updatedAt: Date

    public init(id: UUID = UUID(), title: String, owner: UUID? = nil, due: Day? = nil, status: Status = .open,
                sessionID: UUID? = nil, tag: String? = nil, createdAt: Date, completedAt: Date? = nil, updatedAt: Date? = nil) {
        self.id = id
        self.title = title
        self.owner = owner
        self.due = due
        self.status = status
        self.sessionID = sessionID
        self.tag = tag
        self.createdAt = createdAt
        self.completedAt = completedAt
        self.updatedAt = updatedAt ?? createdAt
    }

    /// Open and past its due day.
    public func isOverdue(today: Day) -> Bool {
        guard status == .open, let due else { return false }
        return due < today
    }

    /// Open and due within `days` days from today (today included), not yet overdue.
    public func isDueSoon(today: Day, within days: Int = 3) -> Bool {
        guard status == .open, let due, !(due < today) else { return false }
        return today.days(until: due) <= days
    }

    /// Marks done (or re-opens), keeping the completion time.
    public mutating func setDone(_ done: Bool, at time: Date) {
        status = done ? .done : .open
        completedAt = done ? time : nil
        updatedAt = time
    }

    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {
        visit(&title, "title", TextLimit.actionTitle)
        if var value = tag {
            visit(&value, "tag", TextLimit.tag)
            tag = value
        }
    }

    public func validate() throws(ValidationError) {
        try Check.notBlank(title, field: "title")
        try TextLimit.check(self)
        if status == .done, completedAt == nil {
            throw ValidationError(field: "completedAt", "a done action item needs a completion time")
        }
    }
}
