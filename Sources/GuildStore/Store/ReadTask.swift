import Foundation
import GuildCore

/// One record file to read: its path, and what its place in the store says it must hold.
struct ReadTask: Sendable {
    var path: String
    var kind: RecordKind
    var groupID: UUID?
    var id: UUID
}
