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
}
