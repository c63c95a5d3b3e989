import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// Action in, exact state change and effects out. Tests that use `Fixtures.store()` (a `TestStore`) assert the whole
/// state after every key and fail on an effect they did not receive.
final class ReducerTests: XCTestCase {
    func testTabCyclesFocusAndShiftTabGoesBack() {
        let store = Fixtures.store()
        XCTAssertEqual(store.state.focus, .sessions)
        store.send(.press("tab")) { $0.home.focus = .matrix }
        store.send(.press("tab")) { $0.home.focus = .actions }
        store.send(.press("tab")) { $0.home.focus = .sessions }
        store.send(.press("shift+tab")) { $0.home.focus = .actions }
    }

    func testNumberKeysFocusPanes() {
        let store = Fixtures.store()
        store.send(.press("3")) { $0.home.focus = .actions }
        store.send(.press("1")) { $0.home.focus = .sessions }
        store.send(.press("2")) { $0.home.focus = .matrix }
        // In the matrix the digits set levels (MatrixEditingTests); Tab moves on.
        store.send(.press("tab")) { $0.home.focus = .actions }
        store.send(.press("1")) { $0.home.focus = .sessions }
    }

    func testSelectionClampsAtBothEnds() {
        var state = Fixtures.state()
        Fixtures.press(&state, "3", "up", "k")
        XCTAssertEqual(state.cursor(.actions).row, 0)
        Fixtures.press(&state, "j", "down")
        XCTAssertEqual(state.cursor(.actions).row, 2)
        Fixtures.press(&state, "end")
        XCTAssertEqual(state.cursor(.actions).row, 8)
        Fixtures.press(&state, "j")
        XCTAssertEqual(state.cursor(.actions).row, 8)
        Fixtures.press(&state, "g")
        XCTAssertEqual(state.cursor(.actions).row, 0)
    }

    func testPagingMovesByAPageAndScrolls() {
        var state = Fixtures.state(width: 80, height: 24)
        let page = state.home.pageSize(.sessions, state.homeEnvironment)
        XCTAssertGreaterThan(page, 1)
        Fixtures.press(&state, "pgdn")
        XCTAssertEqual(state.cursor(.sessions).row, page)
        Fixtures.press(&state, "pgdn", "pgdn", "pgdn", "pgdn", "pgdn")
        XCTAssertEqual(state.cursor(.sessions).row, state.itemCount(.sessions) - 1)
        XCTAssertGreaterThan(state.cursor(.sessions).rowOffset, 0, "the list scrolled to keep the selection visible")
        Fixtures.press(&state, "pgup")
        XCTAssertEqual(state.cursor(.sessions).row, state.itemCount(.sessions) - 1 - page)
        Fixtures.press(&state, "home")
        XCTAssertEqual(state.cursor(.sessions).row, 0)
        XCTAssertEqual(state.cursor(.sessions).rowOffset, 0)
    }

    func testMatrixColumnsMoveAndScrollSideways() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press(&state, "2", "h")
        XCTAssertEqual(state.cursor(.matrix).column, 0)
        for _ in 0..<30 { Fixtures.press(&state, "l") }
        XCTAssertEqual(state.cursor(.matrix).column, state.shownSkills.count - 1)
        XCTAssertGreaterThan(state.cursor(.matrix).columnOffset, 0)
        let lines = render(state).lines()
        XCTAssertTrue(lines.contains { $0.contains("Tes") }, "the last skill column is in view")
        XCTAssertTrue(lines[lines.count - 1].contains("Testing"), "the status line names the skill in full")
    }

    func testFilterTypingBackspaceEnterAndEsc() {
        var state = Fixtures.state()
        Fixtures.press(&state, "3", "/")
        XCTAssertNotNil(state.filterField)
        Fixtures.type(&state, "weekly q")
        XCTAssertEqual(state.cursor(.actions).filter, "weekly q")
        XCTAssertEqual(state.shownActions.map(\.title), ["Quarantine the five flakiest payments tests"])
        Fixtures.press(&state, "backspace", "backspace")
        XCTAssertEqual(state.cursor(.actions).filter, "weekly")
        XCTAssertEqual(state.itemCount(.actions), 9)
        Fixtures.type(&state, " terra")
        XCTAssertEqual(state.itemCount(.actions), 1)
        Fixtures.press(&state, "enter")
        XCTAssertNil(state.filterField)
        XCTAssertEqual(state.cursor(.actions).filter, "weekly terra", "Enter keeps the filter")
        XCTAssertTrue(render(state).lines().contains { $0.contains("/weekly terra") }, "the kept filter shows in the pane")
        Fixtures.press(&state, "/")
        Fixtures.press(&state, "esc")
        XCTAssertNil(state.filterField)
        XCTAssertEqual(state.cursor(.actions).filter, "")
        XCTAssertEqual(state.itemCount(.actions), 9)
    }

    func testFilterIgnoresCaseAndAccents() {
        var state = Fixtures.state()
        Fixtures.press(&state, "2", "/")
        Fixtures.type(&state, "ZOE")
        XCTAssertEqual(state.shownPeople.map(\.name), ["Zoë Ångström"])
        // In the matrix 1 sets a level; Shift-Tab goes back to the sessions pane.
        Fixtures.press(&state, "esc", "shift+tab", "/")
        Fixtures.type(&state, "gonçalves")
        XCTAssertFalse(state.shownSessions.isEmpty)
        XCTAssertTrue(state.shownSessions.allSatisfy { $0.session.noteTaker == state.data.person(handle: "mateus")?.id || $0.session.presenters.contains(state.data.person(handle: "mateus")!.id) })
    }

    func testEscOnHomeClearsAKeptFilterThenLeavesZoom() {
        var state = Fixtures.state()
        Fixtures.press(&state, "z")
        XCTAssertTrue(state.isZoomed)
        Fixtures.press(&state, "/")
        Fixtures.type(&state, "kafka")
        Fixtures.press(&state, "enter", "esc")
        XCTAssertEqual(state.cursor(.sessions).filter, "")
        XCTAssertTrue(state.isZoomed)
        Fixtures.press(&state, "esc")
        XCTAssertFalse(state.isZoomed)
    }

    func testZoomTogglesAndFillsTheScreen() {
        let store = Fixtures.store()
        store.send(.press("3")) { $0.home.focus = .actions }
        store.send(.press("z")) { $0.home.isZoomed = true }
        XCTAssertEqual(store.state.layout.panes.keys.sorted { $0.rawValue < $1.rawValue }, [.actions])
        XCTAssertEqual(store.state.layout.panes[.actions], store.state.layout.body)
        store.send(.press("z")) { $0.home.isZoomed = false }
        XCTAssertEqual(store.state.layout.panes.count, 3)
    }

    func testHelpTogglesAndScrolls() {
        let store = Fixtures.store(Fixtures.state(width: 80, height: 24))
        store.send(.press("?")) { $0.overlay = .help(scroll: 0) }
        store.send(.press("j")) { $0.overlay = .help(scroll: 1) }
        store.send(.press("j")) { $0.overlay = .help(scroll: 2) }
        let bottom = store.state.overlayLineCount - store.state.overlayVisibleLines
        store.send(.press("G")) { $0.overlay = .help(scroll: bottom) }
        store.send(.press("?")) { $0.overlay = nil }
        store.send(.press("?")) { $0.overlay = .help(scroll: 0) }
        store.send(.press("esc")) { $0.overlay = nil }
    }

    func testEnterOpensDetailAndEscGoesBack() {
        let store = Fixtures.store()
        store.send(.press("3")) { $0.home.focus = .actions }
        let first = store.state.shownActions[0].id
        store.send(.press("enter")) { $0.overlay = .detail(.action(first), scroll: 0) }
        store.send(.press("j"))
        store.send(.press("esc")) { $0.overlay = nil }
    }

    func testQuitReturnsTheQuitEffect() {
        let store = Fixtures.store()
        store.send(.press("q")) { $0.shouldQuit = true }
        store.receive(.quit)
    }

    func testQuitIsTextWhileFiltering() {
        var state = Fixtures.state()
        Fixtures.press(&state, "/")
        XCTAssertEqual(Fixtures.press(&state, "q"), [])
        XCTAssertFalse(state.shouldQuit)
        XCTAssertEqual(state.cursor(.sessions).filter, "q")
    }

    func testThemeCyclesThroughTheCatalog() {
        let store = Fixtures.store()
        let themes = store.state.themes
        XCTAssertEqual(themes.map(\.name).first, "default")
        store.send(.press("t")) {
            $0.theme = themes[1]
            $0.message = "Theme: light (2/5)"
        }
        store.receive(.themeSelected("light"))
        for index in [2, 3, 4, 0] {
            store.send(.press("t")) {
                $0.theme = themes[index]
                $0.message = "Theme: \(themes[index].name) (\(index + 1)/5)"
            }
            store.receive(.themeSelected(themes[index].name))
        }
        XCTAssertEqual(store.state.theme.name, "default")
    }

    func testStoreReloadedKeepsSelectionByID() {
        var state = Fixtures.state()
        Fixtures.press(&state, "3", "j", "j", "j")
        let selected = state.shownActions[3]
        var data = state.data
        // A new, more overdue item goes to the top and pushes the selected one down.
        data.upsert(ActionItem(title: "Overdue for ages", due: state.today.adding(days: -30), createdAt: Fixtures.now))
        let effects = reduce(&state, .storeReloaded(data, problems: ["people/x.json: line 3: unexpected \"}\""]))
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.shownActions[state.cursor(.actions).row].id, selected.id)
        XCTAssertEqual(state.cursor(.actions).row, 4)
        XCTAssertEqual(state.problems, ["people/x.json: line 3: unexpected \"}\""])
        XCTAssertTrue(render(state).lines()[0].contains("⚠ 1 problem"))
    }

    func testStoreReloadedClampsWhenTheSelectedRecordIsGone() {
        var state = Fixtures.state()
        Fixtures.press(&state, "3", "end")
        var data = state.data
        data.remove(kind: .action, id: state.shownActions.last!.id)
        _ = reduce(&state, .storeReloaded(data, problems: []))
        XCTAssertEqual(state.cursor(.actions).row, state.itemCount(.actions) - 1)
    }

    func testResizeRelaysOutAndKeepsSelectionVisible() {
        var state = Fixtures.state()
        Fixtures.press(&state, "end")
        let row = state.cursor(.sessions).row
        _ = reduce(&state, .resized(Size(width: 80, height: 24)))
        XCTAssertEqual(state.size, Size(width: 80, height: 24))
        XCTAssertEqual(state.cursor(.sessions).row, row)
        let geometry = PaneGeometry.make(.sessions, in: state.layout.panes[.sessions]!)
        let entry = state.lists.entry(ofItem: row, in: .sessions)
        XCTAssertTrue((state.cursor(.sessions).rowOffset..<state.cursor(.sessions).rowOffset + geometry.visibleEntries).contains(entry))
        _ = reduce(&state, .key(.resize(Size(width: 30, height: 8))))
        XCTAssertTrue(render(state).lines().joined().contains("Terminal too small: 30×8"))
    }

    func testTickMovesNowAndDropsSessionsThatEnded() {
        var state = Fixtures.state()
        let first = state.shownSessions[0]
        _ = reduce(&state, .tick(first.end.addingTimeInterval(60)))
        XCTAssertEqual(state.now, first.end.addingTimeInterval(60))
        XCTAssertFalse(state.shownSessions.contains { $0.id == first.id })
    }

    func testMouseClickFocusesAndSelectsTheRowUnderThePointer() {
        var state = Fixtures.state(width: 80, height: 24)
        let actions = PaneGeometry.make(.actions, in: state.layout.panes[.actions]!)
        _ = reduce(&state, .mouse(MouseEvent(kind: .press, x: actions.rows.x + 3, y: actions.rows.y + 1)))
        XCTAssertEqual(state.focus, .actions)
        XCTAssertEqual(state.cursor(.actions).row, 1)
        // In the matrix a click picks the cell: row and skill column.
        let matrix = PaneGeometry.make(.matrix, in: state.layout.panes[.matrix]!)
        let nameWidth = MatrixColumns.make(state.lists, width: matrix.rows.width)[0].width.base
        _ = reduce(&state, .key(.mouse(MouseEvent(kind: .press, x: matrix.rows.x + nameWidth + 1 + 4 * 2, y: matrix.rows.y + 1))))
        XCTAssertEqual(state.focus, .matrix)
        XCTAssertEqual(state.cursor(.matrix).row, 1)
        XCTAssertEqual(state.cursor(.matrix).column, 2)
    }

    func testWheelScrollsThePaneUnderThePointer() {
        var state = Fixtures.state(width: 80, height: 24)
        let sessions = state.layout.panes[.sessions]!
        _ = reduce(&state, .mouse(MouseEvent(kind: .wheelDown, x: sessions.x + 5, y: sessions.y + 2, button: 0)))
        XCTAssertEqual(state.cursor(.sessions).rowOffset, 3)
        XCTAssertEqual(state.lists.entry(ofItem: state.cursor(.sessions).row, in: .sessions), 3, "the selection moved into view")
        XCTAssertEqual(state.focus, .sessions)
    }

    func testKeysComeFromTheKeymap() {
        let (keymap, problems) = Keymap.standard.applying(overrides: Data(#"{"pane.next": ["ctrl+n"], "app.quit": ["Q"]}"#.utf8))
        XCTAssertEqual(problems, [])
        let store = Fixtures.store(Fixtures.state(keymap: keymap))
        store.send(.press("tab"))
        store.send(.press("ctrl+n")) { $0.home.focus = .matrix }
        store.send(.press("q"))
        XCTAssertTrue(render(store.state).lines().last!.contains("C-n pane"), "hints follow the keymap")
        store.send(.press("Q")) { $0.shouldQuit = true }
        store.receive(.quit)
    }
}
