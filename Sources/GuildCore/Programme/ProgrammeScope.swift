import Foundation

/// What the programme's numbers cover: everything, or one community of practice (its sessions, members and their actions).
public struct ProgrammeScope: Sendable, Hashable {
    /// The community, or nil for the whole programme.
    public var communityID: UUID?

    /// The whole programme.
    public static let all = ProgrammeScope(communityID: nil)

    public init(communityID: UUID?) {
        self.communityID = communityID
    }

    /// Whether `session` belongs to the scope (a held occurrence belongs to its series' community too).
    public func includes(_ session: Session, in data: GuildData) -> Bool {
        guard let communityID else { return true }
        if session.communityID == communityID { return true }
        if let series = session.seriesID, data.sessions[series]?.communityID == communityID { return true }
        return false
    }

    /// Sessions that were held (status done) in the scope, oldest first.
    public func heldSessions(in data: GuildData) -> [Session] {
        data.sessions.values.filter { $0.status == .done && includes($0, in: data) }
            .sorted { $0.start != $1.start ? $0.start < $1.start : $0.id.precedes($1.id) }
    }

    /// The people the scope is for: the community's members, or everyone not away.
    public func people(in data: GuildData) -> [Person] {
        SkillsMatrix.sortedPeople(members(in: data))
    }

    /// The same people as `people(in:)` in no particular order, for counting and filtering before sorting (sorting
    /// two thousand names in the user's locale costs more than the rest of a report).
    public func members(in data: GuildData) -> [Person] {
        if let communityID {
            let members = Set(data.communities[communityID]?.members ?? [])
            return data.people.values.filter { members.contains($0.id) }
        }
        return data.people.values.filter { !$0.isAway }
    }

    /// Action items in the scope: those that came out of its sessions (every item for the whole programme).
    public func actions(in data: GuildData) -> [ActionItem] {
        unorderedActions(in: data).sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }
    }

    /// `actions(in:)` in no particular order, for counts.
    func unorderedActions(in data: GuildData) -> [ActionItem] {
        data.actions.values.filter { includes($0, in: data) }
    }

    /// Whether an action item belongs to the scope: it came out of one of its sessions (any item for the whole programme).
    func includes(_ item: ActionItem, in data: GuildData) -> Bool {
        guard communityID != nil else { return true }
        guard let sessionID = item.sessionID, let session = data.sessions[sessionID] else { return false }
        return includes(session, in: data)
    }

    /// Learnings in the scope: from its sessions, or written by its members (every learning for the whole programme).
    public func learnings(in data: GuildData) -> [Learning] {
        let members = communityID.map { Set(data.communities[$0]?.members ?? []) }
        let items = data.learnings.values.filter { learning in
            guard let members else { return true }
            if let sessionID = learning.sessionID, let session = data.sessions[sessionID], includes(session, in: data) { return true }
            return learning.author.map(members.contains) ?? false
        }
        return items.sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }
    }

    /// The community's name, or "All communities".
    public func name(in data: GuildData) -> String {
        communityID.flatMap { data.communities[$0]?.name } ?? "Whole programme"
    }
}
