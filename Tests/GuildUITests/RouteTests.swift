import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// The route: one value says what is on top; keys reach that layer, and render draws that screen.
final class RouteTests: XCTestCase {
    private var conflict: ConflictItem {
        let person = Fixtures.sample.people.values.min { $0.handle < $1.handle }!
        return ConflictItem(path: "people/\(person.id.uuidString.lowercased()).json", kind: .person, recordID: person.id,
                            choosesWholeVersion: false, isEditAgainstDelete: false,
                            fields: [ConflictField(name: "team", options: ["Platform", "Infra"])], versionCount: 2)
    }

    /// A state with `keys` pressed from the home screen (conflicts are found first, so `M` opens their screen).
    private func state(after keys: String...) -> AppState {
        var state = Fixtures.state()
        _ = reduce(&state, .conflictsFound([conflict]))
        for key in keys { _ = reduce(&state, .press(key)) }
        return state
    }

    func testEachLayerOnTopRendersItsScreen() {
        let cases: [(keys: [String], layer: RouteLayer, shows: String)] = [
            ([], .home, "┏ Upcoming sessions"),
            (["s"], .skillsMap, " Skills map  1 Matrix"),
            (["C"], .programme, "Communities of practice"),
            (["H"], .programme, "Programme health"),
            (["M"], .conflicts, "· Merge conflicts"),
            (["?"], .help, "Remap keys by id"),
            (["3", "enter"], .detail, "┏ Action item"),
            ([":"], .dialog, "Commands"),
        ]
        for (keys, layer, shows) in cases {
            var state = Fixtures.state()
            _ = reduce(&state, .conflictsFound([conflict]))
            for key in keys { _ = reduce(&state, .press(key)) }
            XCTAssertEqual(state.route.top, layer, "after \(keys)")
            let screen = Golden.text(of: render(state))
            XCTAssertTrue(screen.contains(shows), "after \(keys) the screen shows “\(shows)”:\n\(screen)")
        }
    }

    func testOnlyTheScreenOnTheRouteIsDrawn() {
        // Each screen draws over the whole body, so the home panes show only on the home route.
        for keys in [["s"], ["C"], ["H"], ["M"]] {
            var state = Fixtures.state()
            _ = reduce(&state, .conflictsFound([conflict]))
            for key in keys { _ = reduce(&state, .press(key)) }
            XCTAssertFalse(Golden.text(of: render(state)).contains("┏ Upcoming sessions"), "\(keys) covers the home panes")
        }
    }

    func testTheKeyContextFollowsTheLayerOnTop() {
        XCTAssertEqual(state().keyContext, .home)
        XCTAssertEqual(state(after: "2").keyContext, .matrix)
        XCTAssertEqual(state(after: "/").keyContext, .filter)
        XCTAssertEqual(state(after: "s").keyContext, .skillsMatrix)
        XCTAssertEqual(state(after: "C").keyContext, .communities)
        XCTAssertEqual(state(after: "H").keyContext, .health)
        XCTAssertEqual(state(after: "M").keyContext, .conflicts)
        XCTAssertEqual(state(after: "?").keyContext, .overlay)
        XCTAssertEqual(state(after: "s", "?").keyContext, .overlay, "help over the skills map takes the overlay keys")
        XCTAssertEqual(state(after: "3", "enter").keyContext, .detail)
        XCTAssertEqual(state(after: "s", ":").keyContext, .palette)
        XCTAssertEqual(state(after: "s", ":").keyScreen, .skillsMap, "the palette lists the bindings of the screen under it")
    }

    func testEscFromAFormReturnsToTheDetailItCameFrom() {
        let store = Fixtures.store()
        store.send(.press("3")) { $0.home.focus = .actions }
        let first = store.state.shownActions[0].id
        store.send(.press("enter")) { $0.route.overlay = .detail(.action(first), scroll: 0) }
        XCTAssertEqual(store.state.route.top, .detail)
        store.send(.press("e")) { $0.edit(.action(first)) }
        XCTAssertEqual(store.state.route.top, .dialog)
        XCTAssertEqual(store.state.route.overlay, .detail(.action(first), scroll: 0), "the detail stays under the form")
        store.send(.press("esc")) {
            $0.route.dialog = nil
            $0.message = "Closed without saving"
        }
        XCTAssertEqual(store.state.route.top, .detail)
        store.send(.press("esc")) {
            $0.route.overlay = nil
            $0.message = nil
        }
        XCTAssertEqual(store.state.route, Route())
    }

    func testEscFromAFormOpenedOnHomeReturnsHome() {
        let store = Fixtures.store()
        store.send(.press("3")) { $0.home.focus = .actions }
        store.send(.press("e")) { $0.edit(.action($0.shownActions[0].id)) }
        XCTAssertEqual(store.state.route.top, .dialog)
        XCTAssertEqual(store.state.route.screen, .home)
        store.send(.press("esc")) {
            $0.route.dialog = nil
            $0.message = "Closed without saving"
        }
        XCTAssertEqual(store.state.route, Route())
    }

    func testHelpAndThePaletteOverAScreenCloseBackToThatScreen() {
        let store = Fixtures.store()
        store.send(.press("s")) { $0.route.screen = .skillsMap(SkillsMapState(tab: .matrix, pairingSeed: self.seed)) }
        let skills = store.state.route
        store.send(.press("?")) { $0.route.overlay = .help(scroll: 0) }
        XCTAssertEqual(store.state.route.top, .help)
        store.send(.press("esc")) { $0.route.overlay = nil }
        XCTAssertEqual(store.state.route, skills)
        store.send(.press(":")) { $0.route.dialog = .palette(Palette(origin: .skillsMatrix, screen: .skillsMap)) }
        store.send(.press("esc")) { $0.route.dialog = nil }
        XCTAssertEqual(store.state.route, skills)
        store.send(.press("esc")) { $0.route.screen = .home }
        XCTAssertEqual(store.state.route, Route())
    }

    func testOpeningAProgrammeScreenAndClosingIt() {
        let store = Fixtures.store()
        store.send(.press("H")) {
            $0.route.screen = .programme(.health(HealthState(data: $0.data, scope: nil, now: $0.now, calendar: $0.calendar)))
        }
        store.send(.press("esc")) { $0.route.screen = .home }
        store.send(.press("C")) {
            $0.route.screen = .programme(.communities(CommunitiesState(data: $0.data, current: nil)))
        }
        store.send(.press("C")) { $0.route.screen = .home }
    }

    func testClosingAScreenThatIsNotShowingLeavesTheRouteAlone() {
        var state = state(after: "s")
        let skills = state.route
        state.conflictsScreen = nil
        state.programmeScreen = nil
        XCTAssertEqual(state.route, skills)
        state.skillsMap = nil
        XCTAssertEqual(state.route, Route())
    }

    /// The pairing seed the skills map opens with on the fixture's day.
    private var seed: UInt64 { UInt64(max(0, Int(Fixtures.now.timeIntervalSince1970 / 86_400))) }
}

/// The skills map's own reducer, on the map's state alone (no `AppState`): what the parent scopes its keys to.
final class SkillsMapReducerTests: XCTestCase {
    /// A TestStore on `SkillsMapState.reduce`; the notice a command returns is its one effect.
    private func store(_ map: SkillsMapState) -> TestStore<SkillsMapState, SkillsMapCommand, String> {
        TestStore(initialState: map) { map, command in
            map.reduce(command, data: Fixtures.sample, now: Fixtures.now, calendar: Fixtures.calendar, keymap: .standard,
                       size: Size(width: 120, height: 40)).map { [$0] } ?? []
        }
    }

    func testRedrawOnThePairsTabDrawsAgainAndSaysTheSeed() {
        let store = store(SkillsMapState(tab: .pairs, pairingSeed: 7))
        store.send(.redraw) {
            $0.pairingSeed = 8
            $0.pairs = PairsDraft(Fixtures.sample, seed: 8, now: Fixtures.now)
        }
        store.receive("Drew again with seed 8")
        store.send(.tabNext) { $0.tab = SkillsMapTab.pairs.next }
        store.send(.redraw)
    }

    func testMovesStayOnTheMatrixAndCloseLeavesAnOpenPersonFirst() {
        let store = store(SkillsMapState(tab: .matrix, pairingSeed: 1))
        store.send(.up)
        store.send(.down) { $0.row = 1 }
        store.send(.open) {
            let person = SkillsMapContent.matrix($0, data: Fixtures.sample).people[1]
            $0.detail = SkillsMapDetail(target: .person(person.id))
        }
        store.send(.close) { $0.detail = nil }
    }

    func testTypingAQueryKeepsItOnEnterAndDropsItOnEsc() {
        var map = SkillsMapState(tab: .who, pairingSeed: 1)
        map.field = TextField()
        for key in ["k", "a", "f", "k", "a"] { map.type(Key(spec: key)!, keymap: .standard) }
        map.type(Key(spec: "enter")!, keymap: .standard)
        XCTAssertEqual(map.query, "kafka")
        XCTAssertNil(map.field)
        map.field = TextField(text: "x")
        map.type(Key(spec: "esc")!, keymap: .standard)
        XCTAssertEqual(map.query, "kafka", "Esc keeps the accepted query")
        XCTAssertNil(map.field)
    }
}
