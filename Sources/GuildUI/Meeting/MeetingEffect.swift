import Foundation
import GuildCore

/// Work the runtime does for the meeting screen: durable saves into the store and writing the minutes.
public enum MeetingEffect: Sendable, Equatable {
    /// Save the change against its base durably and answer `.saved(_:)` with what the store then holds, or
    /// `.saveFailed(_:message:)`.
    case save(MeetingSave)
    /// Write the minutes durably as `minutes/<session-id>.md` and answer with `.minutesWritten`, or `.minutesFailed`.
    case writeMinutes(sessionID: UUID, markdown: String)
    /// Leave the meeting screen.
    case leave
}
