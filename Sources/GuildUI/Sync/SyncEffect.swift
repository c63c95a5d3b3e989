/// What the sync feature's reducer asks of the dashboard around it.
enum SyncEffect: Sendable, Equatable {
    /// Run a git sync (the runtime's `.sync` effect).
    case sync
    /// Say this in the status line (`isError`: in the error role).
    case notice(String, isError: Bool)
    /// The conflicted records went from `old` to `new`: the conflicts screen, when open, follows (and closes when none are left).
    case conflictsChanged(from: [ConflictItem], to: [ConflictItem])
}
