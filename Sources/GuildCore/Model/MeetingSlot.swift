import Foundation

/// One meeting as proposals name it: a session (a series, or a one-off) and the start it gives that meeting.
public struct MeetingSlot: Sendable, Hashable, Codable {
    /// The series or the one-off session.
    public var sessionID: UUID
    /// The series' occurrence slot, or the one-off's start.
    public var slot: Date

    public init(sessionID: UUID, slot: Date) {
        self.sessionID = sessionID
        self.slot = slot
    }

    /// The meeting `occurrence` is: a series' repeat, a held record of a series (named by its series and slot, so it
    /// is the same meeting before and after it has a record of its own), or a one-off session.
    public init(_ occurrence: SessionOccurrence) {
        self.init(occurrence.session)
        if occurrence.session.recurrence != nil { slot = occurrence.slot }
    }

    /// The meeting a session record is: for a held record of a series, its series and slot; else the session itself.
    public init(_ session: Session) {
        if let series = session.seriesID {
            self.init(sessionID: series, slot: session.seriesSlot)
        } else {
            self.init(sessionID: session.id, slot: session.start)
        }
    }

    /// The record the meeting's agenda lives in, if it has one: the held record of a series' repeat, else the one-off.
    public func record(in data: GuildData) -> Session? {
        guard let session = data.sessions[sessionID] else { return nil }
        guard session.recurrence != nil else { return session }
        return data.sessions.values.first { $0.seriesID == sessionID && $0.seriesSlot == slot }
    }
}
