import Foundation
import GuildCore

/// What the saving feature's reducer reads besides its state: the data (to name records), the clock (undo and redo
/// stamp what they write with it) and the keymap (notices name the undo and redo keys).
struct SavingEnvironment: Sendable {
    let data: GuildData
    let now: Date
    let keymap: Keymap

    /// What the status line calls the record of `change` ("Zoë Ångström · Kubernetes → 3 proficient", "person “Zoë”").
    func name(of change: RecordChange) -> String {
        change.summary ?? change.subject.map { $0.label(in: data) } ?? "change"
    }
}
