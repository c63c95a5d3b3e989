import Foundation
import GuildCore

/// Every community's held sessions and open action items, found in one pass over the data (the communities screen
/// keeps it per data and clock change), so moving between communities looks them up instead of scanning every session
/// and action item. Same lists, in the same order, as `ProgrammeScope.heldSessions` and `ProgrammeScope.actions`.
struct CommunityIndex {
    /// Held sessions of each community, oldest first (`ProgrammeScope.heldSessions`).
    private(set) var held: [UUID: [Session]] = [:]
    /// Open action items of each community, by due day then title (the communities screen's order).
    private(set) var openActions: [UUID: [ActionItem]] = [:]

    init(data: GuildData) {
        // A session belongs to its own community and to its series' (`ProgrammeScope.includes`).
        func communities(of session: Session) -> [UUID] {
            var found: [UUID] = []
            if let id = session.communityID { found.append(id) }
            if let series = session.seriesID, let id = data.sessions[series]?.communityID, !found.contains(id) { found.append(id) }
            return found
        }
        for session in data.sessions.values where session.status == .done {
            for id in communities(of: session) { held[id, default: []].append(session) }
        }
        for id in held.keys {
            held[id]!.sort { $0.start != $1.start ? $0.start < $1.start : $0.id.precedes($1.id) }
        }
        for item in data.actions.values where item.status == .open {
            guard let sessionID = item.sessionID, let session = data.sessions[sessionID] else { continue }
            for id in communities(of: session) { openActions[id, default: []].append(item) }
        }
        let lastDay = Day(year: 9999, month: 12, day: 31)!
        for id in openActions.keys {
            openActions[id] = openActions[id]!
                .sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }
                .sorted { ($0.due ?? lastDay, $0.title) < ($1.due ?? lastDay, $1.title) }
        }
    }

    /// The held sessions of `community`, oldest first.
    func heldSessions(of community: UUID) -> [Session] { held[community] ?? [] }

    /// The open action items of `community`, by due day then title.
    func open(of community: UUID) -> [ActionItem] { openActions[community] ?? [] }
}
