/// What a save did, once it returned (every case is durable).
public enum SaveOutcome: Sendable, Equatable {
    /// The file was written and synced.
    case written
    /// The file already held exactly these bytes; nothing was written (its mtime is unchanged).
    case unchanged
    /// The record was not changed here but was changed (or deleted) on disk; the disk version was kept.
    case keptTheirs
    /// A `ConflictResolver` merged both sides; the merge was written.
    case merged
}
