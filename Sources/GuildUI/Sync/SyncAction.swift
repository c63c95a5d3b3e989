/// What the sync feature's reducer applies: the sync key, the runtime's reports about syncs, and the conflicted records.
enum SyncAction: Sendable, Equatable {
    /// The sync key: sync now, or once more right after the sync under way.
    case syncPressed
    /// A sync began outside the key (a `--pull-every` round).
    case started
    /// That sync finished, well or not.
    case finished(SyncOutcome)
    /// The record files that hold conflict markers now (after a load, a reload or a sync).
    case conflictsFound([ConflictItem])
    /// The runtime wrote the resolution of this conflicted file: the record leaves the list.
    case resolved(path: String)
}
