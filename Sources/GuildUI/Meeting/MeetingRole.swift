import GuildCore

/// Which screen of a meeting this instance is: the shared screen that runs the clock, or the note-taker's.
public enum MeetingRole: String, Sendable, Hashable {
    /// The facilitator's shared screen: timer, rounds, review, wrap-up and minutes.
    case shared
    /// The note-taker's view on the same store (`guild meeting --notes`): notes, action items, parking lot, questions.
    case notes
}

extension MeetingRole {
    /// The role a note typed on this screen carries: the shared screen is the facilitator's.
    var writer: NoteEntry.Writer {
        self == .shared ? .facilitator : .noteTaker
    }
}
