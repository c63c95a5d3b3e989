import Foundation

/// One concrete meeting of a session: the session itself, or one repeat of a recurring one.
public struct SessionOccurrence: Sendable, Hashable, Identifiable {
    public var session: Session
    /// When it starts; for an all-day session, midnight of its day in the viewer's time zone.
    public var start: Date
    /// The repeat period it falls in: 0 for the first meeting of a series, counting up.
    public var index: Int
    /// When it ends; for an all-day session, midnight after its last day in the viewer's time zone.
    public var end: Date
    /// The start as the session stores it (midnight UTC for an all-day one): what a held record of it keeps as its
    /// start or `originalStart`, and what a calendar's RECURRENCE-ID names.
    public var slot: Date

    public init(session: Session, start: Date, index: Int, end: Date? = nil, slot: Date? = nil) {
        self.session = session
        self.start = start
        self.index = index
        self.end = end ?? start.addingTimeInterval(TimeInterval(session.durationMinutes * 60))
        self.slot = slot ?? start
    }

    /// The session id and start, unique across a series.
    public var id: String { "\(session.id.uuidString)@\(Int(start.timeIntervalSince1970))" }
    public var isRecurring: Bool { session.recurrence != nil }
    /// True for an all-day session: shown as days, never as hours.
    public var isAllDay: Bool { session.isAllDay }
}
