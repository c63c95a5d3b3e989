import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// The communities and health screens: keys, the community scope of the dashboard, the milestone banner, and goldens.
final class ProgrammeScreenTests: XCTestCase {
    /// The sample team with anonymous ratings on its held weekly meetings and a talk, so the rating chart has bars.
    static let rated: GuildData = {
        var data = Fixtures.sample
        let held = data.sessions.values.filter { $0.status == .done }.sorted { ($0.start, $0.id.uuidString) < ($1.start, $1.id.uuidString) }
        let votes: [[Int]] = [[4, 5, 3, 4], [5, 4], [3, 3, 4], [5, 5, 4], [2, 4]]
        for (session, ratings) in zip(held, votes) {
            var rated = session
            rated.ratings = ratings
            data.upsert(rated)
        }
        return data
    }()

    private var platform: UUID { Fixtures.sample.communities.values.first { $0.name == "Platform guild" }!.id }

    func testKeysOpenSwitchAndCloseTheScreens() {
        var state = Fixtures.state(Self.rated)
        Fixtures.press(&state, "H")
        guard case .health? = state.programmeScreen else { return XCTFail("H opens health") }
        Fixtures.press(&state, "tab")
        guard case .communities? = state.programmeScreen else { return XCTFail("Tab switches to communities") }
        Fixtures.press(&state, "escape")
        XCTAssertNil(state.programmeScreen)
        Fixtures.press(&state, "C")
        guard case .communities(let communities)? = state.programmeScreen else { return XCTFail("C opens communities") }
        XCTAssertEqual(communities.communities.count, 2)
        Fixtures.press(&state, "C")
        XCTAssertNil(state.programmeScreen, "C closes it again")
        XCTAssertFalse(state.shouldQuit)
    }

    func testScopeFromTheCommunitiesScreenNarrowsThePanes() {
        var state = Fixtures.state(Self.rated)
        let everything = (state.shownSessions.count, state.shownPeople.count, state.shownActions.count)
        Fixtures.press(&state, "C", "j", "enter")
        XCTAssertNil(state.programmeScreen)
        XCTAssertEqual(state.programme.scope, platform)
        XCTAssertTrue(state.shownSessions.allSatisfy { $0.session.communityID == platform })
        XCTAssertEqual(state.shownPeople.count, 7)
        XCTAssertLessThan(state.shownSessions.count, everything.0)
        XCTAssertEqual(state.message, "Scope: Platform guild")
        // A reload keeps the scope.
        _ = reduce(&state, .storeReloaded(Self.rated, problems: []))
        XCTAssertEqual(state.shownPeople.count, 7)
        // c cycles: Platform guild is the last by name, so next is everything again.
        Fixtures.press(&state, "c")
        XCTAssertNil(state.programme.scope)
        XCTAssertEqual(state.shownSessions.count, everything.0)
        XCTAssertEqual(state.shownPeople.count, everything.1)
        XCTAssertEqual(state.shownActions.count, everything.2)
    }

    func testDashboardKeysLeaveOtherBindingsAlone() {
        for (spec, command) in [("C", Command.screenCommunities), ("H", .screenHealth), ("c", .scopeNext)] {
            XCTAssertEqual(Keymap.standard.command(for: Key(spec: spec)!, in: .home), command.rawValue, spec)
        }
        XCTAssertTrue(Keymap.standard.bindings(of: .programme, includingShared: false).allSatisfy { ProgrammeCommand(rawValue: $0.id) != nil },
                      "no second, hidden copy of the dashboard keys")
        // While typing a filter, C is text.
        var state = Fixtures.state(Self.rated)
        Fixtures.press(&state, "/")
        Fixtures.type(&state, "C")
        XCTAssertNil(state.programmeScreen)
        XCTAssertEqual(state.cursor(.sessions).filter, "C")
    }

    func testMilestoneBannerCelebratesOnHome() {
        let state = Fixtures.state(Self.rated)
        XCTAssertFalse(state.programme.milestones.isEmpty)
        let title = Golden.text(of: render(state)).split(separator: "\n")[0]
        XCTAssertTrue(title.contains(state.programme.milestones[0].kind.symbol), String(title))
    }

    /// Issue 19: replaying every rating for the milestones is the programme layer's costliest work at organisation
    /// scale; it waits for the first idle moment after a frame, never runs before the first frame, in a key or a save.
    func testMilestonesWaitForTheIdleMomentAfterTheFrame() {
        var state = AppState(data: Self.rated, storeName: "Sample team (demo)", now: Fixtures.now, calendar: Fixtures.calendar,
                             size: Size(width: 120, height: 40), theme: Fixtures.catalog.defaultTheme, themes: Fixtures.catalog.themes)
        XCTAssertTrue(state.programme.milestonesStale)
        XCTAssertTrue(state.programme.milestones.isEmpty, "computed before the first frame")
        XCTAssertTrue(state.hasIdleWork)
        _ = reduce(&state, .idle)
        XCTAssertFalse(state.programme.milestonesStale)
        let celebrated = state.programme.milestones
        XCTAssertFalse(celebrated.isEmpty)
        // New data marks them for the next idle moment and keeps showing the last ones meanwhile (no flicker).
        state.replaceData(Self.rated)
        XCTAssertTrue(state.programme.milestonesStale)
        XCTAssertEqual(state.programme.milestones, celebrated)
        while state.hasIdleWork { _ = reduce(&state, .idle) }
        XCTAssertFalse(state.programme.milestonesStale)
        XCTAssertEqual(state.programme.milestones, celebrated)
    }

    func testHealthScreenScrollsAndEveryThemeDraws() {
        var state = Fixtures.state(Self.rated, width: 80, height: 24)
        Fixtures.press(&state, "H", "pgdown", "pgdown", "pgdown", "G", "g")
        for theme in Fixtures.catalog.themes {
            _ = reduce(&state, .themeChanged(theme))
            XCTAssertEqual(render(state).size, Size(width: 80, height: 24))
        }
        for size in [Size(width: 40, height: 10), Size(width: 200, height: 60), Size(width: 1, height: 1)] {
            _ = reduce(&state, .resized(size))
            XCTAssertEqual(render(state).size, size)
        }
    }

    func testHealthGoldens() {
        var wide = Fixtures.state(Self.rated, width: 120, height: 40)
        Fixtures.press(&wide, "H")
        Fixtures.goldens.assertScreen(render(wide), named: "programme-health-120x40")
        var narrow = Fixtures.state(Self.rated, width: 80, height: 24)
        Fixtures.press(&narrow, "H")
        Fixtures.goldens.assertScreen(render(narrow), named: "programme-health-80x24")
        Fixtures.press(&narrow, "pgdown")
        Fixtures.goldens.assertScreen(render(narrow), named: "programme-health-80x24-page2")
    }

    func testCommunitiesGoldens() {
        var wide = Fixtures.state(Self.rated, width: 120, height: 40)
        Fixtures.press(&wide, "C", "j")
        Fixtures.goldens.assertScreen(render(wide), named: "programme-communities-120x40")
        var narrow = Fixtures.state(Self.rated, width: 80, height: 24)
        Fixtures.press(&narrow, "C")
        Fixtures.goldens.assertScreen(render(narrow), named: "programme-communities-80x24")
    }

    func testScopedHomeGolden() {
        var state = Fixtures.state(Self.rated, width: 120, height: 40)
        state.scopeDashboard(to: platform)
        Fixtures.settleMilestones(&state)
        Fixtures.goldens.assertScreen(render(state), named: "programme-home-scoped-120x40")
    }
}
