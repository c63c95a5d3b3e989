import Foundation
import GuildCore

/// Which programme screen covers the dashboard, with its own state.
public enum ProgrammeScreen: Sendable, Equatable {
    case communities(CommunitiesState)
    case health(HealthState)
    /// One person's week (`MyWeek`): the dashboard's `Y`, for the user of this machine.
    case myWeek(MyWeekState)
    /// The coming meetings' agenda proposals by votes (the dashboard's `P`).
    case proposals(ProposalsState)

    /// The keymap context of the screen.
    var context: KeyContext {
        switch self {
        case .communities: .communities
        case .health: .health
        case .myWeek: .programme
        case .proposals: .proposals
        }
    }

    /// The screen recomputed for new data, day or scope, keeping the cursor (communities) or scroll (health).
    func refreshed(data: GuildData, scope: UUID?, now: Date, calendar: Calendar, dotsPerPerson: Int) -> ProgrammeScreen {
        switch self {
        case .communities(var state):
            state.reload(data)
            return .communities(state)
        case .health(let state):
            var fresh = HealthState(data: data, scope: scope, now: now, calendar: calendar)
            fresh.scroll = state.scroll
            return .health(fresh)
        case .myWeek(let state):
            return .myWeek(state.refreshed(data: data, now: now, calendar: calendar))
        case .proposals(let state):
            return .proposals(state.refreshed(data: data, now: now, calendar: calendar, dotsPerPerson: dotsPerPerson))
        }
    }
}
