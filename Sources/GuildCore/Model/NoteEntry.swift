import Foundation

/// One line of a session's notes: a note, a decision, support or an objection, a question, a round contribution.
public struct NoteEntry: Record, Hashable {
    public static let kind = RecordKind.note

    /// What a note records (seed 003: topics, action points, strong support for or objections to items).
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case note, decision, support, objection, question, learning, success, frustration, pairing

        /// The single key that picks this kind while taking notes.
        public var key: Character {
            switch self {
            case .note: "n"
            case .decision: "d"
            case .support: "+"
            case .objection: "-"
            case .question: "?"
            case .learning: "l"
            case .success: "s"
            case .frustration: "f"
            case .pairing: "p"
            }
        }
    }

    /// Which of the meeting's screens a note was typed on: the shared screen (the facilitator's) or the note-taker's view.
    public enum Writer: String, CaseIterable, Codable, Sendable {
        case facilitator, noteTaker

        /// "facilitator", "note-taker".
        public var title: String { self == .facilitator ? "facilitator" : "note-taker" }
    }

    public var id: UUID
    public var sessionID: UUID
    public var kind: Kind
    public var text: String
    /// Who wrote it; nil when anonymous (anonymous questions never carry an author).
    public var author: UUID?
    /// The agenda item being discussed when it was written.
    public var agendaItemID: UUID?
    /// The role of whoever typed it in the meeting (never a guess at who said it); nil for anonymous questions and for
    /// notes written before roles were kept.
    public var writer: Writer?
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID = UUID(), sessionID: UUID, kind: Kind, text: String, author: UUID? = nil,
                agendaItemID: UUID? = nil, writer: Writer? = nil, createdAt: Date, updatedAt: Date? = nil) {
        self.id = id
        self.sessionID = sessionID
        self.kind = kind
        self.text = text
        self.author = author
        self.agendaItemID = agendaItemID
        self.writer = writer
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    /// Notes live in a folder per session.
    public var groupID: UUID? { sessionID }

    public func validate() throws(ValidationError) {
        try Check.notBlank(text, field: "text")
        try TextLimit.check(self)
    }

    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {
        visit(&text, "text", TextLimit.document)
    }
}
