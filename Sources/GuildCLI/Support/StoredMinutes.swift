import Foundation
import GuildCore
import GuildStore
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
}
