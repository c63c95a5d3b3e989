import GuildCore

/// The record types a store reads, one per kind.
public enum RecordTypes {
    /// Every registered kind's type (`RecordRegistry`): GuildCore's, and any registered since.
    public static var standard: [any Record.Type] { RecordRegistry.all.map(\.recordType) }
}
