import GuildCore

/// What a `ConflictResolver` decided for one record changed on both sides.
public enum ConflictResolution<R: Record> {
    /// Write this record (a field-level merge of mine and theirs).
    case write(R)
    /// Keep what is on disk; drop this process's change.
    case keepTheirs
    /// Do not decide: the save throws `StoreError.conflict` carrying all versions.
    case conflict
}
