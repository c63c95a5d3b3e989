import GuildCore

/// The record types a store reads, one per kind.
public enum RecordTypes {
    /// Every domain type of GuildCore, from the kinds' descriptors.
    public static let standard: [any Record.Type] = RecordDescriptor.all.map(\.recordType)
}
