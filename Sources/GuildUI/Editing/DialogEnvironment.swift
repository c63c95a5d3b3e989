import Foundation
import GuildCore

/// What the dialog layer's reducer reads besides the dialog: the data forms are filled from and checked against, the
/// clock and calendar dates are read with, the keymap (keys and the key names hints use), the theme names the palette
/// offers, and the source new records' ids are drawn from (the reducer never calls `UUID()` or `Date()`).
struct DialogEnvironment: Sendable {
    let data: GuildData
    let now: Date
    let calendar: Calendar
    let keymap: Keymap
    /// The names of the themes the palette lists.
    let themes: [String]
    /// Where new records' ids come from; the reducer draws from it and the dashboard keeps what is left.
    var ids: IDSource
}
