import Foundation
import GuildCore

/// The "your week" screen: one person's `MyWeek` (computed when opened and on reload) and its scroll.
public struct MyWeekState: Sendable, Equatable {
    public internal(set) var week: MyWeek
    /// First line shown.
    public internal(set) var scroll = 0

    /// How many days ahead the screen looks for sessions.
    public static let horizonDays = 14

    init(person: UUID, data: GuildData, now: Date, calendar: Calendar, documentAfterDays: Int = SessionDocumentation.defaultDays) {
        week = MyWeek(person: person, in: data, now: now, calendar: calendar, horizonDays: Self.horizonDays, documentAfterDays: documentAfterDays)
    }

    /// The same person's week for new data or a new day, keeping the scroll.
    func refreshed(data: GuildData, now: Date, calendar: Calendar) -> MyWeekState {
        var fresh = MyWeekState(person: week.personID, data: data, now: now, calendar: calendar, documentAfterDays: week.documentAfterDays)
        fresh.scroll = scroll
        return fresh
    }

    /// Scrolls by lines or pages.
    mutating func apply(_ command: ProgrammeCommand, page: Int) {
        scroll = command.scrolled(scroll, page: page)
    }
}
