import Foundation
import GuildCore

/// Test support: a tiny record the crash and concurrency tests write (stored in the `topics` folder of a scratch store).
public struct StressRecord: Record, Hashable {
    public static let kind = RecordKind.topic

    public var id: UUID
    /// Which writer (seed) last wrote it.
    public var writer: String
    /// The value the writer saved: an iteration number, or a counter.
    public var value: Int
    public var updatedAt: Date

    public init(id: UUID, writer: String, value: Int, updatedAt: Date) {
        self.id = id
        self.writer = writer
        self.value = value
        self.updatedAt = updatedAt
    }

    public func validate() throws(ValidationError) {
        if value < 0 { throw ValidationError(field: "value", "must not be negative") }
    }
}
