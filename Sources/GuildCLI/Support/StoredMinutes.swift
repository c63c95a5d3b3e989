import Foundation
import GuildCore
import GuildStore
import GuildUI
import TerminalGrid

/// A held meeting's minutes as the store has them now: made from its progress record and notes whenever they are
/// read (so a note saved or edited after the wrap-up is in them), else the file its wrap-up wrote.
enum StoredMinutes {
    /// The minutes of `session`, or nil when it has none yet (not wrapped up); sanitised as the wrap-up writes them.
    /// Throws when the minutes file is refused (a link, or in a linked folder: never followed) or unreadable.
    static func markdown(of session: Session, data: GuildData, store: GuildStore, calendar: Calendar) throws -> String? {
        if session.status == .done, let progress = data.meetings[session.id] {
            let notes = store.notes(forSession: session.id).notes
            let markdown = MinutesDocument(progress: progress, session: session, data: data, notes: notes, calendar: calendar).markdown
            return SafeText.sanitizeDocument(markdown)
        }
        return try store.document(at: MinutesDocument.relativePath(for: session.id))
    }

    /// After a note of a wrapped-up meeting was saved, edited or deleted (a late note, a fix from the dashboard):
    /// rewrites the minutes file its wrap-up wrote, made from the store as it is now, so whoever reads the file reads
    /// what `guild export minutes` prints. Nothing happens for a meeting not wrapped up or without a minutes file; a
    /// failure leaves the old file (export still makes them afresh).
    static func refresh(after change: RecordChange, data: GuildData, store: GuildStore, calendar: Calendar) {
        guard let note = (change.after ?? change.before)?.as(NoteEntry.self) else { return }
        // The session and its progress as the store has them now: the screen may not have seen the wrap-up yet.
        guard let session = (try? store.record(Session.self, id: note.sessionID, groupID: nil)) ?? nil, session.status == .done,
              let progress = (try? store.record(MeetingProgress.self, id: session.id, groupID: nil)) ?? nil else { return }
        var fresh = data
        fresh.upsert(session)
        fresh.upsert(progress)
        let relative = MinutesDocument.relativePath(for: session.id)
        guard (try? store.document(at: relative)) != nil else { return }
        let notes = store.notes(forSession: session.id).notes
        let minutes = MinutesDocument(progress: progress, session: session, data: fresh, notes: notes, calendar: calendar).markdown
        // Sanitised as every document Guild writes (`Terminal`), like the wrap-up's.
        try? store.writeDocument(SafeText.sanitizeDocument(minutes), at: relative)
    }
}
