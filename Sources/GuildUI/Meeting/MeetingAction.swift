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
    /// A save or write the runtime tried failed; shown as a message.
    case saveFailed(String)
    /// The minutes were written to this store-relative path.
    case minutesWritten(path: String)
    /// SIGINT, SIGTERM or SIGHUP arrived: the screen is about to close, keeping what the meeting changed so far.
    case quitSignalReceived
}
