import GuildCore

/// What the sync feature's reducer reads besides its state: the data (a conflicted record's title) and the keymap
/// (notices name the conflicts and sync keys).
struct SyncEnvironment: Sendable {
    let data: GuildData
    let keymap: Keymap
}
