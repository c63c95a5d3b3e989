import GuildCore
import TerminalGrid

/// A note being typed: what it will become and the text so far.
public struct NoteComposer: Sendable, Equatable {
    /// What the typed line becomes on Enter.
    public enum Purpose: Sendable, Equatable {
        /// A note of a kind; while the line is empty, a kind key (`kindKeys`: n d + - ? l s f p) switches the kind.
        case note(NoteEntry.Kind)
        /// An action item in quick-add form: `text @owner due:fri #tag`.
        case action
        /// A parking-lot topic.
        case parking
        /// An anonymous question: no author, no time of its own.
        case anonymousQuestion
    }

    public var purpose: Purpose
    public var field: TextField
    /// Handed to the store: the line stays as typed until the store answers (closed on `.saved`, kept on a refusal).
    public internal(set) var isSaving = false

    /// An empty composer for `purpose`.
    public init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        field = TextField(text: text)
    }

    /// The label shown before the text ("Decision", "Action item").
    public var label: String {
        switch purpose {
        case .note(let kind): NoteKindText.name(kind)
        case .action: "Action item"
        case .parking: "Parking lot"
        case .anonymousQuestion: "Anonymous question"
        }
    }

    /// The keys that switch the kind on an empty note line, in the kinds' order: each kind's key as the keymap binds its
    /// note command (`meeting.note.decision`…), or the kind's own key for a kind without a binding (a question's "?").
    static func kindKeys(_ keymap: Keymap) -> [(key: Character, kind: NoteEntry.Kind)] {
        NoteEntry.Kind.allCases.map { kind in
            let command = MeetingCommand.noteKinds.first { $0.noteKind == kind }
            let bound = command.flatMap { keymap.binding($0.rawValue)?.keys.lazy.compactMap(Self.character).first }
            return (bound ?? kind.key, kind)
        }
    }

    /// What the empty line suggests typing, naming the keys as `keymap` binds them.
    public func placeholder(keymap: Keymap) -> String {
        switch purpose {
        case .note:
            let save = keymap.firstKeyName(MeetingCommand.composeSave.rawValue)
            let kinds = Self.kindKeys(keymap).map { SafeText.sanitize(String($0.key)) }.joined(separator: " ")
            return "type, \(save) saves · empty line: \(kinds) switch kind"
        case .action: return "what needs doing @owner due:fri #tag"
        case .parking: return "a topic to go deeper on in a future session"
        case .anonymousQuestion: return "your question; nobody's name or time is kept"
        }
    }

    private static func character(_ key: Key) -> Character? {
        guard case .char(let character) = key else { return nil }
        return character
    }
}
