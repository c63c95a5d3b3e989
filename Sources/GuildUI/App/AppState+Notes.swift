import Foundation
import GuildCore

extension AppState {
    /// The sessions whose notes a session's detail view shows: the session and, for a series, its held meetings.
    func notesNeeded(forSession id: UUID) -> [UUID] {
        [id] + data.sessions.values.filter { $0.seriesID == id }.map(\.id).sorted { $0.orderKey < $1.orderKey }
    }

    /// Replaces the notes of `sessions` with `notes` (read lazily from the store), keeping every other note.
    mutating func mergeNotes(_ notes: [NoteEntry], sessions: [UUID]) {
        var updated = data
        let wanted = Set(sessions)
        for note in updated.notes.values where wanted.contains(note.sessionID) {
            updated.notes.removeValue(forKey: note.id)
        }
        for note in notes where wanted.contains(note.sessionID) {
            updated.notes[note.id] = note
        }
        replaceData(updated)
    }
}
