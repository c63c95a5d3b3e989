import Foundation
import GuildCore

/// One record file to read: its path, and what its place in the store says it must hold.
struct ReadTask: Sendable {
    var path: String
    var kind: RecordKind
    var groupID: UUID?
    var id: UUID
    /// Check every folder on the way before reading (the file was not found by a scan of its folder just now).
    var checkFolders = false
}
