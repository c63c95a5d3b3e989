import Foundation
import GuildCore

/// The health screen: the metrics of the current scope (computed when opened, on reload and on a scope change) and its scroll.
public struct HealthState: Sendable, Equatable {
    public internal(set) var health: ProgrammeHealth
    public internal(set) var scope: UUID?
    /// First line shown.
    public internal(set) var scroll = 0

    init(data: GuildData, scope: UUID?, now: Date, calendar: Calendar) {
        self.scope = scope
        health = ProgrammeHealth(data: data, now: now, calendar: calendar, scope: ProgrammeScope(communityID: scope))
    }

    /// The screen showing `health` (computed for `scope`), from its top.
    init(health: ProgrammeHealth, scope: UUID?) {
        self.scope = scope
        self.health = health
    }

    /// Scrolls by lines or pages.
    mutating func apply(_ command: ProgrammeCommand, page: Int) {
        scroll = command.scrolled(scroll, page: page)
    }
}
