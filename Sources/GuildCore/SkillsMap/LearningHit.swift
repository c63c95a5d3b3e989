import Foundation

/// One thing found in the learnings search: a logged learning, or a meeting note marked learning, decision or success.
public enum LearningHit: Sendable, Hashable, Identifiable {
    case learning(Learning)
    case note(NoteEntry)

    /// The record's id.
    public var id: UUID {
        switch self {
        case .learning(let learning): learning.id
        case .note(let note): note.id
        }
    }

    /// When it was written.
    public var createdAt: Date {
        switch self {
        case .learning(let learning): learning.createdAt
        case .note(let note): note.createdAt
        }
    }
}
