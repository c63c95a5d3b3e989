import GuildCore
import TerminalGrid
import Foundation

/// Something that happened, for `reduce` to apply: a key, a mouse report, a resize, a clock tick, a reload or a new theme.
public enum Action: Sendable {
    /// A key press (`.key(.mouse(_))`, `.key(.resize(_))` and `.key(.paste(_))` are handled too).
    case key(Key)
    case mouse(MouseEvent)
    case resized(Size)
    /// The clock moved on; updates "now" (relative dates, what is still upcoming).
    case tick(Date)
    /// Another process changed the store: new data and the files that could not be read.
    case storeReloaded(GuildData, problems: [String])
    /// The runtime loaded a different theme.
    case themeChanged(Theme)
    /// The notes of these sessions, read from the store after a `.loadNotes` effect.
    case notesLoaded([NoteEntry], sessions: [UUID])
    /// The store acknowledged the change of a `.save` effect durably; `stored` is what the record's file holds now
    /// (the change merged with others' edits of other fields; nil when it was deleted).
    case saved(RecordChange, stored: RecordValue?)
    /// The store refused the change of a `.save` effect (a conflict, read-only, I/O): nothing was written.
    case saveFailed(RecordChange, SaveFailure)
    /// The text came back from `$EDITOR` after an `.editText` effect.
    case textEdited(String)
    /// `$EDITOR` could not be run or its file read back; `message` says why.
    case textEditFailed(String)
    /// Nothing is waiting: do deferred work the first frame did not need (folding the panes' search rows).
    case idle
    /// A sync began (the sync key or a `--pull-every` round).
    case syncStarted
    /// That sync finished, well or not.
    case syncFinished(SyncOutcome)
    /// The record files that hold conflict markers now (after a load, a reload or a sync).
    case conflictsFound([ConflictItem])
    /// The runtime wrote the resolution of this conflicted file after a `.resolveConflict` effect.
    case conflictResolved(path: String)
    /// Writing the resolution failed (the file changed meanwhile, the chosen values are not a valid record, I/O).
    case conflictResolveFailed(path: String, message: String)
    /// Who uses this machine, looked up by the runtime once the first frame is on screen (`Y`, `o`, forms' defaults).
    case identityResolved(Identity.Resolution)
}
