import Foundation
import GuildCore
import GuildUI
import TerminalGrid

/// The fixed world every measurement runs in: the clock, the calendar, the screen size and the theme.
enum BenchScenario {
    /// A fixed "now", so cached stores and every run show the same upcoming sessions and overdue items.
    static let now: Date = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: 2026, month: 11, day: 23, hour: 10))!
    }()

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        calendar.firstWeekday = 2
        return calendar
    }()

    /// The terminal size of the golden screens and the end-to-end tests.
    static let size = Size(width: 120, height: 40)

    /// Bumped whenever the generator or the store format changes, so stale cached stores are not reused (3: held
    /// meetings of the series are wrapped up).
    static let fixtureVersion = 3

    /// The bundled default theme, as the dashboard starts with it (the attributes-only fallback without the bundle).
    static let theme: Theme = {
        let catalog = ThemeCatalog.load(builtInFolder: ThemeCatalog.bundledFolder, userFolder: nil).catalog
        return catalog.theme(named: "default") ?? Theme.fallback
    }()
}
