import Foundation

/// The notes and action items of every session, grouped once: a page per session then costs its own items,
/// not a scan of all notes and actions (`export site` at organisation scale builds thousands of pages).
struct SessionItems: Sendable {
    private let notesBySession: [UUID: [NoteEntry]]
    private let actionsBySession: [UUID: [ActionItem]]

    init(_ data: GuildData) {
        var notes: [UUID: [NoteEntry]] = [:]
        for note in data.notes.values { notes[note.sessionID, default: []].append(note) }
        var actions: [UUID: [ActionItem]] = [:]
        for item in data.actions.values {
            if let sessionID = item.sessionID { actions[sessionID, default: []].append(item) }
        }
        notesBySession = notes
        actionsBySession = actions
    }

    /// A session's notes, oldest first (as `GuildData.notes(ofSession:)`).
    func notes(of sessionID: UUID) -> [NoteEntry] {
        (notesBySession[sessionID] ?? []).sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }
    }

    /// A session's action items by creation, then title.
    func actions(of sessionID: UUID) -> [ActionItem] {
        (actionsBySession[sessionID] ?? []).sorted { ($0.createdAt, $0.title, $0.id.orderKey) < ($1.createdAt, $1.title, $1.id.orderKey) }
    }
}
