import Foundation
import GuildCore
import GuildTestSupport
import GuildUI
import TerminalGrid

/// Shared test data: the sample team at a fixed moment in Berlin, and states built on it.
enum Fixtures {
    /// Berlin, Gregorian, weeks starting on Monday.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        calendar.firstWeekday = 2
        return calendar
    }()

    /// 2026-11-22 10:00 in Berlin (a Sunday).
    static let now: Date = calendar.date(from: DateComponents(year: 2026, month: 11, day: 22, hour: 10))!

    /// The sample team as of `now`.
    static let sample: GuildData = SampleTeam.make(now: now, calendar: calendar)

    /// The built-in themes, read from the top-level Themes/ folder of this checkout.
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Themes")

    /// The built-in catalog (from the source folder, so tests do not depend on the bundle).
    static let catalog: ThemeCatalog = ThemeCatalog.load(builtInFolder: themesFolder, userFolder: nil).catalog

    /// The golden screens under `Goldens/` (README › Architecture, tests: record on purpose with `RECORD_GOLDENS=1`).
    static let goldens = Golden("Goldens")

    /// A style map that names each style by the roles of `theme` that draw it (as set, or laid over `text`).
    static func styles(of theme: Theme) -> StyleMap {
        var names: [Style: [String]] = [:]
        for role in ThemeRole.allCases {
            for style in Set([theme.style(role), theme.onText(role)]) { names[style, default: []].append(role.rawValue) }
        }
        return StyleMap(names: names)
    }

    /// A state on `data` at `size` with the default theme.
    /// The milestones of the title bar are computed at the first idle moment, as the runtime sends it after the first
    /// frame; the state is taken from there.
    static func state(_ data: GuildData = sample, width: Int = 120, height: Int = 40, keymap: Keymap = .standard) -> AppState {
        var state = AppState(data: data, storeName: "Sample team (demo)", now: now, calendar: calendar,
                             size: Size(width: width, height: height), theme: catalog.defaultTheme, keymap: keymap, themes: catalog.themes)
        settleMilestones(&state)
        return state
    }

    /// Recomputes the title bar's milestones as the runtime's next idle moment does (after new data or a new scope).
    static func settleMilestones(_ state: inout AppState) {
        while state.programme.milestonesStale { _ = reduce(&state, .idle) }
    }

    /// Does the work the runtime leaves for idle moments (the pairs tab's partners, milestones, search rows).
    static func settleIdle(_ state: inout AppState) {
        while state.hasIdleWork { _ = reduce(&state, .idle) }
    }

    /// A TestStore on the dashboard's reducer, starting at `state` (keep it local to the test: see `TestStore`).
    static func store(_ state: AppState = state(), file: StaticString = #filePath, line: UInt = #line) -> TestStore<AppState, Action, Effect> {
        TestStore(initialState: state, reducer: reduce, file: file, line: line)
    }

    /// Sends keys given as keymap specs ("tab", "j", "enter").
    @discardableResult
    static func press(_ state: inout AppState, _ specs: String...) -> [Effect] {
        var effects: [Effect] = []
        for spec in specs {
            effects += reduce(&state, .key(Key(spec: spec)!))
        }
        return effects
    }

    /// Types text one character at a time.
    static func type(_ state: inout AppState, _ text: String) {
        for character in text { _ = reduce(&state, .key(.char(character))) }
    }
}
