import Foundation

/// What a detail view shows: one meeting of a session, a person, or an action item.
public enum DetailTarget: Sendable, Equatable {
    case session(id: UUID, start: Date)
    case person(UUID)
    case action(UUID)
}
