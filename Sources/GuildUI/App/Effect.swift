import Foundation

/// Work the runtime must do after `reduce`: the UI itself never performs I/O.
public enum Effect: Sendable, Equatable {
    /// Restore the terminal and exit.
    case quit
    /// The user switched to this theme with `t` (already applied to the state); the runtime may remember it.
    case themeSelected(String)
    /// Read the notes of these sessions from the store and send them back as `.notesLoaded` (notes load lazily).
    case loadNotes([UUID])
    /// Run the live meeting screen on this occurrence (`m` on a session), then come back to the dashboard.
    case startMeeting(sessionID: UUID, start: Date)
    /// Durably save this record (GuildStore.save) and answer `.saved(record)`, or `.saveFailed(record, message:)`.
    case save(RecordValue)
    /// Durably delete this record's file (GuildStore.delete) and answer `.deleted(record)`, or `.saveFailed(record, message:)`.
    case delete(RecordValue)
    /// Open the text in `$EDITOR` outside the dashboard and answer `.textEdited(_)`, or `.textEditFailed(_)`.
    case editText(EditTextRequest)
    /// Run a git sync of the store (commit, merge, push) off the UI thread and answer `.syncFinished(_)`, then
    /// reload the store and send `.conflictsFound(_)`; while one runs, run another right after it.
    case sync
    /// Write the chosen values over a conflicted record file (GuildStore.resolve) and answer `.conflictResolved(path:)`
    /// or `.conflictResolveFailed(path:message:)`.
    case resolveConflict(ConflictChoice)
}
