import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// The communities, health and "your week" screens build their lines when their inputs change, not every frame of
/// the run loop, nor every key.
final class ViewMemoTests: XCTestCase {
    func testCommunitiesFramesReuseTheLinesAndAKeyBuildsOnlyWhatItChanges() {
        var state = Fixtures.state()
        Fixtures.press(&state, "C")
        let first = render(state).description
        for _ in 0..<5 { _ = render(state) }
        XCTAssertEqual(state.viewMemo.builds("communities.list"), 1, "idle frames reuse the list")
        XCTAssertEqual(state.viewMemo.builds("communities.detail"), 1, "idle frames reuse the details")
        XCTAssertEqual(state.viewMemo.builds("communities.upcoming"), 1)
        Fixtures.press(&state, "j")
        let moved = render(state).description
        _ = render(state)
        XCTAssertNotEqual(moved, first, "the next community is shown")
        XCTAssertEqual(state.viewMemo.builds("communities.detail"), 2, "a new selection builds its details once")
        XCTAssertEqual(state.viewMemo.builds("communities.upcoming"), 1, "the occurrences are listed once per data and clock")
        Fixtures.press(&state, "k")
        XCTAssertEqual(render(state).description, first, "back to the first community, as it was")
    }

    func testMovingBetweenCommunitiesLooksTheirSessionsAndActionItemsUpInAnIndexBuiltOnce() {
        var state = Fixtures.state()
        Fixtures.press(&state, "C")
        _ = render(state)
        for key in ["j", "j", "k", "G", "g"] {
            Fixtures.press(&state, key)
            _ = render(state)
        }
        XCTAssertEqual(state.viewMemo.builds("communities.index"), 1, "every community's held sessions and open items, found once")
        _ = reduce(&state, .storeReloaded(state.data, problems: []))
        _ = render(state)
        XCTAssertEqual(state.viewMemo.builds("communities.index"), 2, "new data: found again, once")
    }

    func testTheCommunityIndexListsWhatTheScopeDoesInTheSameOrder() {
        let data = ScaledTeam.make(shape: ScaledTeamShape(people: 60, skills: 20, teams: 6, sessions: 300, recurringSeries: 4, notes: 0, actions: 1_500,
                                                          learnings: 20, topics: 10, communities: 4, solutions: 5),
                                   now: Fixtures.now, calendar: Fixtures.calendar, seed: 3)
        let index = CommunityIndex(data: data)
        let lastDay = Day(year: 9999, month: 12, day: 31)!
        var checked = 0
        for id in data.communities.keys {
            let scope = ProgrammeScope(communityID: id)
            XCTAssertEqual(index.heldSessions(of: id).map(\.id), scope.heldSessions(in: data).map(\.id))
            let open = scope.actions(in: data).filter { $0.status == .open }
                .sorted { ($0.due ?? lastDay, $0.title) < ($1.due ?? lastDay, $1.title) }
            XCTAssertEqual(index.open(of: id).map(\.id), open.map(\.id))
            checked += index.heldSessions(of: id).count + open.count
        }
        XCTAssertGreaterThan(checked, 0, "the generated communities have held sessions and open items")
    }

    func testHealthFramesAndScrollingReuseItsLines() {
        var state = Fixtures.state()
        Fixtures.press(&state, "H")
        let first = render(state).description
        for key in ["j", "j", "k", "k"] {
            Fixtures.press(&state, key)
            _ = render(state)
        }
        XCTAssertEqual(state.viewMemo.builds("health.lines"), 1, "scrolling and frames reuse the lines")
        XCTAssertEqual(render(state).description, first)
    }

    func testHealthMetricsAreComputedOncePerDataScopeAndClock() {
        var state = Fixtures.state()
        Fixtures.press(&state, "H")
        let first = render(state).description
        XCTAssertEqual(state.viewMemo.builds("health.metrics"), 1)
        Fixtures.press(&state, "escape")
        Fixtures.press(&state, "H")
        XCTAssertEqual(state.viewMemo.builds("health.metrics"), 1, "opening it again computes nothing")
        XCTAssertEqual(render(state).description, first)
        Fixtures.press(&state, "escape")
        _ = reduce(&state, .tick(state.now.addingTimeInterval(60)))
        Fixtures.press(&state, "H")
        XCTAssertEqual(state.viewMemo.builds("health.metrics"), 2, "a minute later: computed again, once")
        var renamed = state.data
        let someone = renamed.people.values.min { $0.name < $1.name }!
        renamed.people[someone.id]?.name = "Renamed Person"
        state.replaceData(renamed)
        Fixtures.press(&state, "escape")
        Fixtures.press(&state, "H")
        XCTAssertEqual(state.viewMemo.builds("health.metrics"), 3, "new data: computed again, once")
    }

    func testYourWeekFramesAndScrollingReuseItsLines() throws {
        var state = Fixtures.state()
        let me = try XCTUnwrap(Fixtures.sample.people.values.min { $0.id.precedes($1.id) })
        state.identity = .found(Identity(personID: me.id, source: .config))
        Fixtures.press(&state, "Y")
        let first = render(state).description
        XCTAssertTrue(first.contains("Your week"), first)
        for key in ["j", "k"] {
            Fixtures.press(&state, key)
            _ = render(state)
        }
        XCTAssertEqual(state.viewMemo.builds("week.lines"), 1, "scrolling and frames reuse the lines")
        XCTAssertEqual(render(state).description, first)
    }
}
