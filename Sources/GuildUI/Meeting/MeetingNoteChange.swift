import GuildCore

/// A note this screen saved, edited or deleted: the version before (nil when it was new) and after (nil when deleted),
/// so `u` can take it back.
public struct MeetingNoteChange: Sendable, Equatable {
    public var before: NoteEntry?
    public var after: NoteEntry?

    public init(before: NoteEntry?, after: NoteEntry?) {
        self.before = before
        self.after = after
    }
}
