import Foundation

/// Everything a store holds, loaded into memory: every record by kind, keyed by id.
public struct GuildData: Sendable, Equatable {
    public var people: [UUID: Person] = [:]
    public var skills: [UUID: Skill] = [:]
    /// Rating histories keyed by person id.
    public var ratingSheets: [UUID: RatingSheet] = [:]
    public var sessions: [UUID: Session] = [:]
    public var notes: [UUID: NoteEntry] = [:]
    public var actions: [UUID: ActionItem] = [:]
    public var learnings: [UUID: Learning] = [:]
    public var topics: [UUID: Topic] = [:]
    public var communities: [UUID: Community] = [:]
    public var solutions: [UUID: Solution] = [:]
    public var pairingRounds: [UUID: PairingRound] = [:]
    /// Held meetings' progress, keyed by the held session's id.
    public var meetings: [UUID: MeetingProgress] = [:]

    public init() {}

    /// Inserts or replaces a record of any kind.
    public mutating func upsert(_ record: any Record) {
        switch record {
        case let r as Person: people[r.id] = r
        case let r as Skill: skills[r.id] = r
        case let r as RatingSheet: ratingSheets[r.id] = r
        case let r as Session: sessions[r.id] = r
        case let r as NoteEntry: notes[r.id] = r
        case let r as ActionItem: actions[r.id] = r
        case let r as Learning: learnings[r.id] = r
        case let r as Topic: topics[r.id] = r
        case let r as Community: communities[r.id] = r
        case let r as Solution: solutions[r.id] = r
        case let r as PairingRound: pairingRounds[r.id] = r
        case let r as MeetingProgress: meetings[r.id] = r
        default: break
        }
    }

    /// Removes the record of `kind` with `id`, returning it if it was there.
    @discardableResult
    public mutating func remove(kind: RecordKind, id: UUID) -> (any Record)? {
        switch kind {
        case .person: people.removeValue(forKey: id)
        case .skill: skills.removeValue(forKey: id)
        case .ratingSheet: ratingSheets.removeValue(forKey: id)
        case .session: sessions.removeValue(forKey: id)
        case .note: notes.removeValue(forKey: id)
        case .action: actions.removeValue(forKey: id)
        case .learning: learnings.removeValue(forKey: id)
        case .topic: topics.removeValue(forKey: id)
        case .community: communities.removeValue(forKey: id)
        case .solution: solutions.removeValue(forKey: id)
        case .pairingRound: pairingRounds.removeValue(forKey: id)
        case .meeting: meetings.removeValue(forKey: id)
        }
    }

    /// The record of `kind` with `id`, if loaded.
    public func record(kind: RecordKind, id: UUID) -> (any Record)? {
        switch kind {
        case .person: people[id]
        case .skill: skills[id]
        case .ratingSheet: ratingSheets[id]
        case .session: sessions[id]
        case .note: notes[id]
        case .action: actions[id]
        case .learning: learnings[id]
        case .topic: topics[id]
        case .community: communities[id]
        case .solution: solutions[id]
        case .pairingRound: pairingRounds[id]
        case .meeting: meetings[id]
        }
    }

    /// How many records of `kind` are loaded.
    public func count(of kind: RecordKind) -> Int {
        switch kind {
        case .person: people.count
        case .skill: skills.count
        case .ratingSheet: ratingSheets.count
        case .session: sessions.count
        case .note: notes.count
        case .action: actions.count
        case .learning: learnings.count
        case .topic: topics.count
        case .community: communities.count
        case .solution: solutions.count
        case .pairingRound: pairingRounds.count
        case .meeting: meetings.count
        }
    }

    /// The person with `handle` ("@zoe" and "Zoe" work too).
    public func person(handle: String) -> Person? {
        let wanted = Handle.normalize(handle)
        return people.values.first { $0.handle == wanted }
    }

    /// The skill named `name`, compared case- and accent-insensitively.
    public func skill(named name: String) -> Skill? {
        let wanted = TextMatch.fold(name)
        return skills.values.first { TextMatch.fold($0.name) == wanted }
    }

    /// The notes of one session, oldest first.
    public func notes(ofSession sessionID: UUID) -> [NoteEntry] {
        notes.values.filter { $0.sessionID == sessionID }.sorted { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
    }

    /// A display name for an optional person id ("—" when unset, "(unknown)" when the person is gone).
    public func name(of personID: UUID?) -> String {
        Self.name(of: personID, in: people)
    }

    /// `name(of:)` against a people table alone (for code that keeps the table, not the whole data).
    public static func name(of personID: UUID?, in people: [UUID: Person]) -> String {
        guard let personID else { return "—" }
        return people[personID]?.name ?? "(unknown)"
    }
}
