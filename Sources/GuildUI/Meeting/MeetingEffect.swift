import Foundation
import GuildCore

/// Work the runtime does for the meeting screen: durable saves into the store and writing the minutes.
public enum MeetingEffect: Sendable, Equatable {
    case saveSession(Session)
    /// Save the meeting's progress record (shared screen only), as it changes.
    case saveProgress(MeetingProgress)
    case saveNote(NoteEntry)
    /// Delete a note (the version this screen last saw).
    case deleteNote(NoteEntry)
    case saveAction(ActionItem)
    case saveTopic(Topic)
    /// A learning note, also in the learnings log.
    case saveLearning(Learning)
    /// A pairing note, also in the pairing round's feedback.
    case savePairingRound(PairingRound)
    /// Write the minutes durably as `minutes/<session-id>.md` and answer with `.minutesWritten`.
    case writeMinutes(sessionID: UUID, markdown: String)
    /// Leave the meeting screen.
    case leave
}
