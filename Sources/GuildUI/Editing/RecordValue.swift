import Foundation
import GuildCore

/// One record of any kind the dashboard edits, as a value that can be compared (effects and undo entries carry it).
public enum RecordValue: Sendable, Hashable {
    case person(Person)
    case skill(Skill)
    case ratingSheet(RatingSheet)
    case session(Session)
    case note(NoteEntry)
    case action(ActionItem)
    case learning(Learning)
    case topic(Topic)
    case community(Community)
    case solution(Solution)
    case pairingRound(PairingRound)
    case meeting(MeetingProgress)

    /// Wraps a record; nil for a type GuildCore does not define.
    public init?(_ record: any Record) {
        switch record {
        case let r as Person: self = .person(r)
        case let r as Skill: self = .skill(r)
        case let r as RatingSheet: self = .ratingSheet(r)
        case let r as Session: self = .session(r)
        case let r as NoteEntry: self = .note(r)
        case let r as ActionItem: self = .action(r)
        case let r as Learning: self = .learning(r)
        case let r as Topic: self = .topic(r)
        case let r as Community: self = .community(r)
        case let r as Solution: self = .solution(r)
        case let r as PairingRound: self = .pairingRound(r)
        case let r as MeetingProgress: self = .meeting(r)
        default: return nil
        }
    }

    /// The wrapped record.
    public var record: any Record {
        switch self {
        case .person(let r): r
        case .skill(let r): r
        case .ratingSheet(let r): r
        case .session(let r): r
        case .note(let r): r
        case .action(let r): r
        case .learning(let r): r
        case .topic(let r): r
        case .community(let r): r
        case .solution(let r): r
        case .pairingRound(let r): r
        case .meeting(let r): r
        }
    }

    /// The record's kind (its store folder).
    public var kind: RecordKind { type(of: record).kind }

    /// The record's id.
    public var id: UUID { record.id }

    /// The sub-folder the record lives in (a note's session), nil for most.
    public var groupID: UUID? { record.groupID }

    /// The same record stamped as changed at `time`.
    func touched(at time: Date) -> RecordValue {
        var copy = record
        copy.updatedAt = time
        return RecordValue(copy) ?? self
    }

    /// A short name for the status line ("session “Zero-downtime migrations”", "Zoë Ångström's ratings").
    func label(in data: GuildData) -> String {
        kind.descriptor.label(of: record, in: data)
    }
}
