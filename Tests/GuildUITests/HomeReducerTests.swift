import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// The home screen's own reducer, on `HomeState` alone (no `AppState`): what the dashboard scopes its pane keys to.
final class HomeReducerTests: XCTestCase {
    private let environment = HomeEnvironment(size: Size(width: 120, height: 40), hasProblems: false, now: Fixtures.now, calendar: Fixtures.calendar)

    /// A TestStore on `HomeState.reduce`; the home screen has no effects.
    private func store(_ home: HomeState = Fixtures.state().home) -> TestStore<HomeState, HomeAction, Never> {
        let environment = environment
        return TestStore(initialState: home) { home, action in
            home.reduce(action, in: environment)
            return []
        }
    }

    func testFocusZoomAndBackChangeOnlyTheHomeState() {
        let store = store()
        store.send(.focusNext) { $0.focus = .matrix }
        store.send(.focus(.actions)) { $0.focus = .actions }
        store.send(.focusPrevious) { $0.focus = .matrix }
        store.send(.toggleZoom) { $0.isZoomed = true }
        store.send(.back) { $0.isZoomed = false }
        store.send(.back)
    }

    func testRowsMoveClampAndPageWithinTheFocusedPane() {
        let store = store()
        let count = store.state.itemCount(.sessions)
        XCTAssertGreaterThan(count, 3)
        store.send(.moveRow(by: -1))
        store.send(.moveRow(by: 2)) { $0.cursors[.sessions]?.row = 2 }
        store.send(.moveRow(by: -Int.max / 2)) { $0.cursors[.sessions]?.row = 0 }
        store.send(.focus(.matrix)) { $0.focus = .matrix }
        store.send(.moveColumn(by: 1)) { $0.cursors[.matrix]?.column = 1 }
        store.send(.moveColumn(by: -5)) { $0.cursors[.matrix]?.column = 0 }
    }

    func testTypingAFilterNarrowsTheFocusedListAndEscDropsIt() {
        var home = Fixtures.state().home
        let all = home.itemCount(.sessions)
        home.reduce(.startFilter, in: environment)
        XCTAssertEqual(home.filterField?.text, "")
        for character in "kafka" { home.reduce(.typeFilter(.char(character)), in: environment) }
        XCTAssertEqual(home.cursor(.sessions).filter, "kafka")
        XCTAssertLessThan(home.itemCount(.sessions), all)
        XCTAssertGreaterThan(home.itemCount(.sessions), 0)
        home.reduce(.endFilter(keep: true), in: environment)
        XCTAssertNil(home.filterField)
        XCTAssertEqual(home.cursor(.sessions).filter, "kafka", "Enter keeps the filter")
        home.reduce(.back, in: environment)
        XCTAssertEqual(home.cursor(.sessions).filter, "")
        XCTAssertEqual(home.itemCount(.sessions), all)
    }

    /// Moving the cursor, focusing and zooming never rebuild (or copy) the lists: the lists' version stays, so a detail
    /// page built for them stays valid too.
    func testCursorKeysLeaveTheListsAlone() {
        var state = Fixtures.state()
        let target = DetailTarget.person(Fixtures.sample.people.values.first!.id)
        let before = DetailMemo.Key(target: target, width: 80, stamp: state.home.listsStamp)
        Fixtures.press(&state, "j", "j", "tab", "l", "z", "z", "3", "k")
        XCTAssertEqual(DetailMemo.Key(target: target, width: 80, stamp: state.home.listsStamp), before)
        Fixtures.press(&state, "/", "x")
        XCTAssertNotEqual(DetailMemo.Key(target: target, width: 80, stamp: state.home.listsStamp), before, "a filter does change them")
    }

    /// A store reload goes through the home reducer: the lists follow the data and the selection stays on its record.
    func testNewDataKeepsTheSelectionByRecord() {
        var home = Fixtures.state().home
        home.reduce(.moveRow(by: 2), in: environment)
        let selected = home.shownSessions[2]
        var data = Fixtures.sample
        let first = home.shownSessions[0].session
        data.sessions[first.id] = nil
        home.reduce(.dataReplaced(data), in: environment)
        XCTAssertEqual(home.shownSessions[home.cursor(.sessions).row].id, selected.id)
    }
}
