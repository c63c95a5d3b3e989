import Foundation
import TerminalGrid

/// Something from outside a running program, before the program's definition turns it into one of its actions.
enum ProgramEvent: Sendable, Equatable {
    /// A key, a mouse report, a resize or a paste, as the terminal decoded it.
    case key(Key)
    /// The clock moved on (into a new period of the program's `ClockTicks`, or a key came with `onKeys`).
    case tick(Date)
    /// The frame is on screen and no key is waiting: time for deferred work.
    case idle
    /// SIGINT, SIGTERM or SIGHUP arrived; the program ends after this event.
    case quitSignal(Int32)
}
