import Foundation

/// An entry in the learnings log (seed 004's continuous debrief): a win, an opportunity or a lesson, with kudos.
public struct Learning: Record, Hashable {
    public static let kind = RecordKind.learning

    /// The three debrief categories.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case win, opportunity, lesson
    }

    public var id: UUID
    public var kind: Kind
    public var text: String
    /// The project or situation it came from.
    public var context: String
    public var sessionID: UUID?
    public var author: UUID?
    /// People applauded for it.
    public var kudosTo: [UUID]
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID = UUID(), kind: Kind, text: String, context: String = "", sessionID: UUID? = nil,
                author: UUID? = nil, kudosTo: [UUID] = [], createdAt: Date, updatedAt: Date? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.context = context
        self.sessionID = sessionID
        self.author = author
        self.kudosTo = kudosTo
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    public func validate() throws(ValidationError) {
        try Check.notBlank(text, field: "text")
        try TextLimit.check(self)
    }

    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {
        visit(&text, "text", TextLimit.paragraph)
        visit(&context, "context", TextLimit.line)
    }
}
