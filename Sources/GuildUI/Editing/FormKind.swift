import Foundation
import GuildCore

/// Which record a form creates (nil) or edits, with what the builder needs besides the fields.
public enum FormKind: Sendable, Equatable {
    case session(Session?)
    case person(Person?)
    case skill(Skill?)
    /// An action item; `sessionID` links a new one to the session it was added from.
    case action(ActionItem?, sessionID: UUID?)
    case topic(Topic?)
    case learning(Learning?)
    case community(Community?)
    case solution(Solution?)

    /// The record being edited; nil for a new one.
    var base: RecordValue? {
        switch self {
        case .session(let r): r.map { .session($0) }
        case .person(let r): r.map { .person($0) }
        case .skill(let r): r.map { .skill($0) }
        case .action(let r, _): r.map { .action($0) }
        case .topic(let r): r.map { .topic($0) }
        case .learning(let r): r.map { .learning($0) }
        case .community(let r): r.map { .community($0) }
        case .solution(let r): r.map { .solution($0) }
        }
    }

    /// The same form kind editing `value` instead (the record as it is on disk now); nil when `value` is another kind of
    /// record or this form creates one.
    func rebased(onto value: RecordValue) -> FormKind? {
        switch (self, value) {
        case (.session(_?), .session(let r)): .session(r)
        case (.person(_?), .person(let r)): .person(r)
        case (.skill(_?), .skill(let r)): .skill(r)
        case (.action(_?, let sessionID), .action(let r)): .action(r, sessionID: sessionID)
        case (.topic(_?), .topic(let r)): .topic(r)
        case (.learning(_?), .learning(let r)): .learning(r)
        case (.community(_?), .community(let r)): .community(r)
        case (.solution(_?), .solution(let r)): .solution(r)
        default: nil
        }
    }

    /// The kind of record the form is about.
    var recordKind: RecordKind {
        switch self {
        case .session: .session
        case .person: .person
        case .skill: .skill
        case .action: .action
        case .topic: .topic
        case .learning: .learning
        case .community: .community
        case .solution: .solution
        }
    }

    /// "New session", "Edit action item".
    var title: String {
        (base == nil ? "New " : "Edit ") + Self.noun(recordKind)
    }

    /// What people call a record of `kind`.
    static func noun(_ kind: RecordKind) -> String {
        switch kind {
        case .person: "person"
        case .skill: "skill"
        case .ratingSheet: "rating"
        case .session: "session"
        case .note: "note"
        case .action: "action item"
        case .learning: "learning"
        case .topic: "topic"
        case .community: "community"
        case .solution: "solution"
        default: kind.rawValue
        }
    }

    /// The form for this record, its fields filled in.
    func makeForm(data: GuildData, now: Date, calendar: Calendar) -> Form {
        let fields: [FormField] = switch self {
        case .session(let r): SessionForm.fields(r, data: data, now: now, calendar: calendar)
        case .person(let r): PersonForm.fields(r)
        case .skill(let r): SkillForm.fields(r)
        case .action(let r, _): ActionForm.fields(r, data: data)
        case .topic(let r): TopicForm.fields(r, data: data)
        case .learning(let r): LearningForm.fields(r, data: data)
        case .community(let r): CommunityForm.fields(r, data: data)
        case .solution(let r): SolutionForm.fields(r, data: data)
        }
        return Form(kind: self, fields: fields)
    }

    /// Builds the record from the form's fields (the record's own `validate()` runs after).
    func build(_ reader: FormReader) throws(FieldError) -> RecordValue {
        switch self {
        case .session(let r): .session(try SessionForm.build(reader, base: r))
        case .person(let r): .person(try PersonForm.build(reader, base: r))
        case .skill(let r): .skill(try SkillForm.build(reader, base: r))
        case .action(let r, let sessionID): .action(try ActionForm.build(reader, base: r, sessionID: sessionID))
        case .topic(let r): .topic(try TopicForm.build(reader, base: r))
        case .learning(let r): .learning(try LearningForm.build(reader, base: r))
        case .community(let r): .community(try CommunityForm.build(reader, base: r))
        case .solution(let r): .solution(try SolutionForm.build(reader, base: r))
        }
    }
}
