/// What a save did, once it returned (every case is durable).
public enum SaveOutcome: Sendable, Equatable {
    /// The writer's change was written onto the file as its base left it (or as a new file), and synced.
    case written
    /// The file already held the result; nothing was written (its mtime is unchanged).
    case unchanged
    /// The writer changed nothing, and the file was changed (or deleted) by others since its base: that version stands.
    case keptTheirs
    /// The file was changed by others since the writer's base in other fields: both changes were written.
    case merged
}
