import Foundation
import GuildCore
import TerminalGrid

/// Something that happened during a meeting, for `reduceMeeting` to apply.
public enum MeetingAction: Sendable {
    /// A key press (at the state's `now`: send a `.tick` first when time has moved).
    case key(Key)
    /// The clock moved on: running timers count up to `date`.
    case tick(Date)
    case resized(Size)
    /// The store changed: fresh data and this session's notes (another instance wrote, or `guild ask`).
    case storeReloaded(GuildData, notes: [NoteEntry])
    /// The store durably saved the change; its `after` is the record as stored (merged with others' changes).
    case saved(MeetingSave)
    /// The store refused the change (read-only, a conflict, I/O); `message` says why in one line.
    case saveFailed(MeetingSave, message: String)
    /// The minutes were written to this store-relative path.
    case minutesWritten(path: String)
    /// Writing the minutes failed; `message` says why.
    case minutesFailed(message: String)
    /// SIGINT, SIGTERM or SIGHUP arrived: the screen is about to close, keeping what the meeting changed so far.
    case quitSignalReceived
}
