import Foundation
import GuildCore
import TerminalGrid

/// What the home screen's reducer reads besides its own state: the terminal size, whether the problem line shows, and
/// the clock and calendar its lists are dated by. `AppState` passes it with every `HomeAction`.
struct HomeEnvironment: Sendable {
    let size: Size
    let hasProblems: Bool
    let now: Date
    let calendar: Calendar

    /// Today in `calendar`.
    var today: Day { Day(now, in: calendar) }
}
