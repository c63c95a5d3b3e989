import Foundation
import GuildCore

/// What the pane-edit reducer reads besides the selection: the data (the person's rating sheet), the clock the new
/// rating or status is dated with, the calendar, and the keymap its questions name the undo key from.
struct PaneEditEnvironment: Sendable {
    let data: GuildData
    let now: Date
    let calendar: Calendar
    let keymap: Keymap
}
