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
    /// Anonymous ratings of live meetings given from other terminals (`guild rate-meeting`).
    public var votes: [UUID: MeetingVote] = [:]
    /// The records of kinds without a table above (registered from outside GuildCore), by kind.
    public var otherKinds = RecordTables()

    public init() {}

    /// Inserts or replaces a record of any kind (its kind's descriptor says which table).
    public mutating func upsert(_ record: any Record) {
        type(of: record).kind.descriptor.upsert(record, into: &self)
    }

    /// Removes the record of `kind` with `id`, returning it if it was there.
    @discardableResult
    public mutating func remove(kind: RecordKind, id: UUID) -> (any Record)? {
        kind.descriptor.remove(id, from: &self)
    }

    /// The record of `kind` with `id`, if loaded.
    public func record(kind: RecordKind, id: UUID) -> (any Record)? {
        kind.descriptor.record(id, in: self)
    }

    /// Every record of `type`'s kind, in id order (for any kind, with or without a table of its own).
    public func records<R: Record>(_ type: R.Type) -> [R] {
        R.kind.descriptor.recordsInIDOrder(in: self).compactMap { $0 as? R }
    }

    /// How many records of `kind` are loaded.
    public func count(of kind: RecordKind) -> Int {
        kind.descriptor.count(in: self)
    }

    /// The person with `handle` ("@zoe", "Zoe" and "@zoë" work too: case and accents are ignored when no handle is
    /// exactly that and only one person's handle folds to it).
    public func person(handle: String) -> Person? {
        let wanted = Handle.normalize(handle)
        if let exact = people.values.first(where: { $0.handle == wanted }) { return exact }
        let folded = TextMatch.fold(wanted)
        let matches = people.values.filter { TextMatch.fold($0.handle) == folded }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The skill named `name`, compared case- and accent-insensitively.
    public func skill(named name: String) -> Skill? {
        let wanted = TextMatch.fold(name)
        return skills.values.first { TextMatch.fold($0.name) == wanted }
    }

    /// The notes of one session, oldest first.
    public func notes(ofSession sessionID: UUID) -> [NoteEntry] {
        notes.values.filter { $0.sessionID == sessionID }.sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }
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
