import Foundation

/// An anonymous question for a live session: no author, a random id, and a time that says nothing about when it was asked.
public enum AnonymousQuestion {
    /// The question as a note. Its `createdAt` is the session's start (the same for every question), so neither the
    /// time nor the order of the files tells who asked; its id (and file name) should be random (`id`).
    public static func note(_ text: String, session: Session, id: UUID) -> NoteEntry {
        NoteEntry(id: id, sessionID: session.id, kind: .question, text: text.trimmingCharacters(in: .whitespacesAndNewlines),
                  author: nil, agendaItemID: nil, createdAt: session.start, updatedAt: session.start)
    }

    /// Whether a note is an anonymous question.
    public static func isAnonymous(_ note: NoteEntry) -> Bool {
        note.kind == .question && note.author == nil
    }
}
