import Foundation
import GuildCore

/// What the store remembers about one record file it read or wrote.
struct LoadedFile: Sendable {
    var kind: RecordKind
    /// The group folder the file sits in (nil at the kind folder's top level).
    var groupID: UUID?
    /// The id its name stands for.
    var id: UUID
    var fingerprint: FileFingerprint
    /// The record, when the file was usable.
    var record: (any Record)?
    /// Why the file was not usable.
    var problem: StoreProblem?
}
