import Foundation
import GuildCore

/// A person named in `--json` output: id, handle (tells two people with one name apart) and name.
struct PersonRef: Codable, Equatable {
    var personID: UUID
    var handle: String
    var name: String

    init(_ id: UUID, in data: GuildData) {
        personID = id
        handle = data.people[id]?.handle ?? ""
        name = data.people[id]?.name ?? ""
    }
}
