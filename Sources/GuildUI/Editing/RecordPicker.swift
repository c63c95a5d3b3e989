import Foundation
import GuildCore
import TerminalGrid

/// A searchable list of the records of one kind, to edit or delete one (opened from the palette: "edit learning…").
public struct RecordPicker: Sendable, Equatable {
    /// What happens to the record picked.
    public enum Purpose: Sendable, Equatable {
        case edit, delete
    }

    /// One record as the picker lists it.
    struct Row: Sendable, Equatable {
        let id: UUID
        let title: String
        let detail: String
    }

    /// The kind of record listed.
    public let kind: RecordKind
    /// Edit or delete the record picked.
    public let purpose: Purpose
    /// The search text.
    public internal(set) var field = TextField()
    /// The highlighted row, an index into `matches`.
    public internal(set) var selected = 0

    /// A picker over every record of `kind`.
    init(kind: RecordKind, purpose: Purpose) {
        self.kind = kind
        self.purpose = purpose
    }

    /// "Edit which learning?".
    var title: String {
        (purpose == .edit ? "Edit" : "Delete") + " which \(FormKind.noun(kind))?"
    }

    /// Every record of the kind, as rows, in a stable order.
    static func rows(_ kind: RecordKind, data: GuildData, calendar: Calendar) -> [Row] {
        let rows: [Row]
        switch kind {
        case .person:
            rows = data.people.values.sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }
                .map { Row(id: $0.id, title: $0.name, detail: "@" + $0.handle) }
        case .skill:
            rows = data.skills.values.sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }
                .map { Row(id: $0.id, title: $0.name, detail: $0.category) }
        case .session:
            rows = data.sessions.values.sorted { ($0.start, $0.id.uuidString) > ($1.start, $1.id.uuidString) }
                .map { Row(id: $0.id, title: $0.title, detail: DateText.longDay($0.start, calendar: calendar) + " · " + $0.status.rawValue) }
        case .action:
            rows = data.actions.values.sorted { ($0.status.rawValue, $0.title) < ($1.status.rawValue, $1.title) }
                .map { Row(id: $0.id, title: $0.title, detail: $0.status.rawValue + " · " + data.name(of: $0.owner)) }
        case .topic:
            rows = data.topics.values.sorted { ($0.votes.count, $1.title) > ($1.votes.count, $0.title) }
                .map { Row(id: $0.id, title: $0.title, detail: "\($0.status.rawValue) · \($0.votes.count) votes") }
        case .learning:
            rows = data.learnings.values.sorted { ($0.createdAt, $0.id.uuidString) > ($1.createdAt, $1.id.uuidString) }
                .map { Row(id: $0.id, title: String($0.text.split(whereSeparator: \.isNewline).first ?? ""), detail: $0.kind.rawValue) }
        case .community:
            rows = data.communities.values.sorted { $0.name < $1.name }.map { Row(id: $0.id, title: $0.name, detail: $0.stage.rawValue) }
        case .solution:
            rows = data.solutions.values.sorted { $0.need < $1.need }.map { Row(id: $0.id, title: $0.need, detail: $0.solution) }
        default:
            rows = []
        }
        return rows
    }

    /// The rows matching the typed text, best first.
    func matches(data: GuildData, calendar: Calendar) -> [Row] {
        let all = Self.rows(kind, data: data, calendar: calendar)
        return FuzzyMatch.rank(field.text, all.map { $0.title + " " + $0.detail }).map { all[$0] }
    }
}
