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
    /// Durably make this change against the store: save `after` with `before` as its base (the version the edit
    /// started from), or delete `before` when there is no `after` (GuildStore.save(_:base:) / delete(base:)). Answer
    /// `.saved(change, stored:)` with what the file holds afterwards, or `.saveFailed(change, _)`.
    case save(RecordChange)
    /// Open the text in `$EDITOR` outside the dashboard and answer `.textEdited(_)`, or `.textEditFailed(_)`.
    case editText(EditTextRequest)
    /// Run a git sync of the store (commit, merge, push) off the UI thread and answer `.syncFinished(_)`, then
    /// reload the store and send `.conflictsFound(_)`; while one runs, run another right after it.
    case sync
    /// Write the chosen values over a conflicted record file (GuildStore.resolve) and answer `.conflictResolved(path:)`
    /// or `.conflictResolveFailed(path:message:)`.
    case resolveConflict(ConflictChoice)
}
