import Foundation
import GuildCore

/// What a detail view shows: one meeting of a session, a person, or an action item.
public enum DetailTarget: Sendable, Equatable {
    case session(id: UUID, start: Date)
    case person(UUID)
    case action(UUID)
}

extension DetailTarget {
    /// The id of the record shown.
    var recordID: UUID {
        switch self {
        case .session(let id, _), .person(let id), .action(let id): id
        }
    }

    /// The kind of the record shown.
    var recordKind: RecordKind {
        switch self {
        case .session: .session
        case .person: .person
        case .action: .action
        }
    }
}
