import Foundation
import GuildCore
import TerminalGrid

/// A note being typed: what it will become and the text so far.
public struct NoteComposer: Sendable, Equatable {
    /// What the typed line becomes on Enter.
    public enum Purpose: Sendable, Equatable {
        /// A note of a kind (the key that opened the line chose it; Tab / S-Tab change it).
        case note(NoteEntry.Kind)
        /// An action item in quick-add form: `text @owner due:fri #tag`.
        case action
        /// A parking-lot topic.
        case parking
        /// An anonymous question: no author, no time of its own.
        case anonymousQuestion
        /// New text for the note with this id (its kind, author and time stay).
        case edit(UUID)
        /// A new owner and due date for the action item with this id, carried over in the opening review.
        case carryOver(UUID)
        /// A new agenda item, `Title=minutes` (`round:` before the title for a round), after the selected one.
        case agendaItem
        /// A new title for the agenda item with this id.
        case renameItem(UUID)
        /// A new timebox in minutes for the agenda item with this id.
        case retimeItem(UUID)
        /// Someone who turned up: a team member's name or handle, else a guest's name.
        case attendee
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

    /// What Tab and S-Tab step through on a new line, in order: every note kind, then an action item, a parking-lot
    /// topic and an anonymous question (a question note is one).
    static let kinds: [Purpose] = NoteEntry.Kind.allCases.filter { $0 != .question }.map { Purpose.note($0) }
        + [.action, .parking, .anonymousQuestion]

    /// Changes what a new line becomes to the next (`step` 1) or previous (-1) kind; the text stays as typed. Lines that
    /// fix a saved record (an edit, a carry-over) keep their purpose: returns false then.
    mutating func changeKind(by step: Int) -> Bool {
        let current: Purpose = purpose == .note(.question) ? .anonymousQuestion : purpose
        guard let index = Self.kinds.firstIndex(of: current) else { return false }
        purpose = Self.kinds[(index + step + Self.kinds.count) % Self.kinds.count]
        return true
    }

    /// The label shown before the text ("Decision", "Action item").
    public var label: String {
        switch purpose {
        case .note(let kind): NoteKindText.name(kind)
        case .action: "Action item"
        case .parking: "Parking lot"
        case .anonymousQuestion: "Anonymous question"
        case .edit: "Edit note"
        case .carryOver: "Carry over"
        case .agendaItem: "New agenda item"
        case .renameItem: "Rename item"
        case .retimeItem: "Timebox (minutes)"
        case .attendee: "Who joined"
        }
    }

    /// What the empty line suggests typing, naming the keys as `keymap` binds them.
    public func placeholder(keymap: Keymap) -> String {
        let save = keymap.firstKeyName(MeetingCommand.composeSave.rawValue)
        let cancel = keymap.firstKeyName(MeetingCommand.composeCancel.rawValue)
        switch purpose {
        case .note:
            let next = keymap.firstKeyName(MeetingCommand.composeKindNext.rawValue)
            let previous = keymap.firstKeyName(MeetingCommand.composeKindPrevious.rawValue)
            return "type, \(save) saves · \(next) / \(previous) change the kind"
        case .action: return "what needs doing @owner due:fri #tag"
        case .parking: return "a topic to go deeper on in a future session"
        case .anonymousQuestion: return "your question; nobody's name or time is kept"
        case .edit: return "the note's new text; \(save) saves, \(cancel) keeps it as it was"
        case .carryOver: return "@owner due:fri (either or both); \(save) carries it over, \(cancel) keeps it as it was"
        case .agendaItem: return "Title=minutes, e.g. Deep dive on caching=15 (round:Title=10 for a round)"
        case .renameItem: return "the item's new title; \(cancel) keeps it as it was"
        case .retimeItem: return "1–600 minutes; the item's extensions start again from it"
        case .attendee: return "a team member's name or @handle, or a guest's name"
        }
    }
}
