import Foundation
import GuildCore

/// A skill named in `--json` output: id and name.
struct SkillRef: Codable, Equatable {
    var skillID: UUID
    var name: String

    init(_ id: UUID, in data: GuildData) {
        skillID = id
        name = data.skills[id]?.name ?? ""
    }
}
