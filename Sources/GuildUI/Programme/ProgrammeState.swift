import Foundation
import GuildCore

/// The dashboard's programme layer: which community the three panes are scoped to and the milestones to celebrate.
/// The communities or health screen, when open, is the route's screen (`AppState.programmeScreen`).
public struct ProgrammeState: Sendable {
    /// The community the dashboard is scoped to; nil for the whole programme.
    public internal(set) var scope: UUID?
    /// Milestones of the last two weeks in the scope, newest first (the title bar celebrates the newest).
    public internal(set) var milestones: [Milestone] = []
    /// Whether `milestones` waits to be recomputed for new data, a new day or a new scope. Replaying every rating is
    /// the costliest part of the programme layer at organisation scale, so it is done at the first idle moment after
    /// the frame (`AppState.hasIdleWork`), never before the first frame or inside a key or a save.
    public internal(set) var milestonesStale = true

    /// How many days back the dashboard celebrates milestones.
    public static let celebrationDays = 14

    public init(scope: UUID? = nil) {
        self.scope = scope
    }

    /// Takes new data, a new day or a new scope: a scope whose community is gone falls back to everything, and the
    /// milestones are marked for recomputing (`refreshMilestones`, at the next idle moment).
    mutating func refresh(data: GuildData) {
        if let scope, data.communities[scope] == nil { self.scope = nil }
        milestonesStale = true
    }

    /// Recomputes the milestones of the last two weeks in the scope.
    mutating func refreshMilestones(data: GuildData, now: Date) {
        milestones = Milestones.recent(in: data, now: now, days: ProgrammeState.celebrationDays, scope: ProgrammeScope(communityID: scope))
        milestonesStale = false
    }

    /// The data the three panes list: everything, or the community's sessions, members and the actions from its sessions.
    public func listed(_ data: GuildData) -> GuildData {
        guard let scope else { return data }
        let programme = ProgrammeScope(communityID: scope)
        var narrowed = data
        narrowed.sessions = data.sessions.filter { programme.includes($0.value, in: data) }
        let members = Set(data.communities[scope]?.members ?? [])
        narrowed.people = data.people.filter { members.contains($0.key) }
        let actions = Set(programme.actions(in: data).map(\.id))
        narrowed.actions = data.actions.filter { actions.contains($0.key) }
        return narrowed
    }

    /// The next scope in the cycle: everything, then each community by name, then everything again.
    func nextScope(in data: GuildData) -> UUID? {
        let ids = data.communities.values
            .sorted { ($0.name.localizedLowercase, $0.id.orderKey) < ($1.name.localizedLowercase, $1.id.orderKey) }.map(\.id)
        guard !ids.isEmpty else { return nil }
        guard let scope, let index = ids.firstIndex(of: scope) else { return ids[0] }
        return index + 1 < ids.count ? ids[index + 1] : nil
    }
}
