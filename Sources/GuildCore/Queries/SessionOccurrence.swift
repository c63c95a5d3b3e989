import Foundation

/// One concrete meeting of a session: the session itself, or one repeat of a recurring one.
public struct SessionOccurrence: Sendable, Hashable, Identifiable {
    public var session: Session
    public var start: Date
    /// 0 for the first meeting of a series, counting up.
    public var index: Int

    public init(session: Session, start: Date, index: Int) {
        self.session = session
        self.start = start
        self.index = index
    }

    /// The session id and start, unique across a series.
    public var id: String { "\(session.id.uuidString)@\(Int(start.timeIntervalSince1970))" }
    public var end: Date { start.addingTimeInterval(TimeInterval(session.durationMinutes * 60)) }
    public var isRecurring: Bool { session.recurrence != nil }
}
