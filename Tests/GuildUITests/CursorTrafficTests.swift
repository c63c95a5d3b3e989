import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// What a cursor move sends to the terminal: the cells that differ between two frames as the curses backend sees them
/// (`OutputFrame`, blanks quieted). Counts of cells, not bytes or time, so they hold on any machine.
final class CursorTrafficTests: XCTestCase {
    /// Enough of everything for every pane to scroll at 120×40.
    private static let data = ScaledTeam.make(
        shape: ScaledTeamShape(people: 60, skills: 30, teams: 6, sessions: 120, recurringSeries: 4, notes: 0, actions: 300,
                               learnings: 0, topics: 2, communities: 2, solutions: 0),
        now: Fixtures.now, calendar: Fixtures.calendar, seed: 7)

    private func state(focus key: String) -> AppState {
        var state = Fixtures.state(Self.data)
        Fixtures.press(&state, key)
        return state
    }

    /// The cells a key changes on screen.
    private func changes(_ state: inout AppState, _ key: String) -> [CellChange] {
        let before = OutputFrame(render(state))
        Fixtures.press(&state, key)
        return OutputFrame(render(state)).changes(since: before)
    }

    func testAMoveInAListPaneSendsTheMarkerAndThePositionOnly() throws {
        for (key, pane) in [("1", PaneID.sessions), ("3", .actions)] {
            var state = state(focus: key)
            let geometry = PaneGeometry.make(pane, in: try XCTUnwrap(state.layout.panes[pane]))
            XCTAssertEqual(geometry.linesPerEntry, 2, "cards at 120×40")
            for move in ["j", "j", "k"] {
                let sent = changes(&state, move)
                let marker = sent.filter { $0.x == geometry.rows.x }
                XCTAssertEqual(marker.count, 4, "\(pane) \(move): two lines lose the marker, two gain it")
                XCTAssertEqual(marker.filter { $0.cell.grapheme == "▌" }.count, 2)
                let rest = sent.filter { $0.x != geometry.rows.x }
                XCTAssertTrue(rest.allSatisfy { $0.y == geometry.outer.y }, "\(pane) \(move): besides the marker only the position in the top edge, got \(rest)")
                XCTAssertLessThanOrEqual(rest.count, 2)
            }
        }
    }

    func testAMoveInTheMatrixSendsTheMarkersTheCursorCellsAndTheDescription() throws {
        var state = state(focus: "2")
        let geometry = PaneGeometry.make(.matrix, in: try XCTUnwrap(state.layout.panes[.matrix]))
        let status = state.layout.statusBar
        let hints = render(state).line(status.y).prefix(30)
        for move in ["j", "j", "k", "l", "h"] {
            let row = state.cursor(.matrix).row
            let sent = changes(&state, move)
            let selected = geometry.rows.y + state.cursor(.matrix).row - state.cursor(.matrix).rowOffset
            let rows = Set([row, state.cursor(.matrix).row].map { geometry.rows.y + $0 - state.cursor(.matrix).rowOffset })
            let inMatrix = sent.filter { $0.y >= geometry.rows.y && $0.y < geometry.rows.maxY }
            XCTAssertTrue(inMatrix.allSatisfy { rows.contains($0.y) }, "\(move): only the rows the cursor left and entered")
            XCTAssertLessThanOrEqual(inMatrix.count, 2 * (1 + 4), "\(move): a marker and a cursor cell on each, not names or rows")
            XCTAssertEqual(render(state)[geometry.outer.x, selected].grapheme, "▌", "\(move): the selected row's marker on the left edge")
            let elsewhere = sent.filter { !($0.y >= geometry.rows.y && $0.y < geometry.rows.maxY) }
            let allowed: Set<Int> = [geometry.outer.y, geometry.header.y, status.y]
            XCTAssertTrue(elsewhere.allSatisfy { allowed.contains($0.y) }, "\(move): the position, the skill heading and the status line")
        }
        XCTAssertEqual(render(state).line(status.y).prefix(30), hints, "the key hints stay put while the description changes")
    }

    func testSteppingThroughAListScrollsByHalfAPage() throws {
        var state = state(focus: "3")
        let geometry = PaneGeometry.make(.actions, in: try XCTUnwrap(state.layout.panes[.actions]))
        let visible = geometry.visibleEntries
        var scrolls = 0
        var quiet = 0
        for _ in 0..<60 {
            let offset = state.cursor(.actions).rowOffset
            let sent = changes(&state, "j")
            if state.cursor(.actions).rowOffset != offset {
                scrolls += 1
                XCTAssertGreaterThanOrEqual(state.cursor(.actions).rowOffset - offset, (visible + 1) / 2)
            } else {
                quiet += 1
                XCTAssertLessThanOrEqual(sent.count, 8, "the marker on four lines and the position")
            }
        }
        XCTAssertEqual(state.cursor(.actions).row, 60)
        XCTAssertLessThanOrEqual(scrolls, 60 / ((visible + 1) / 2), "one scroll per half page, not per move")
        XCTAssertGreaterThan(quiet, scrolls)
    }

    func testTheSelectionShowsWithoutColour() throws {
        var state = state(focus: "3")
        state.theme = try XCTUnwrap(Fixtures.catalog.theme(named: "monochrome"))
        let geometry = PaneGeometry.make(.actions, in: try XCTUnwrap(state.layout.panes[.actions]))
        let grid = render(state)
        XCTAssertEqual(grid[geometry.rows.x, geometry.rows.y].grapheme, "▌")
        XCTAssertEqual(grid[geometry.rows.x, geometry.rows.y + 1].grapheme, "▌")
        XCTAssertEqual(grid[geometry.rows.x, geometry.rows.y + 2].grapheme, " ")
        Fixtures.press(&state, "1")
        XCTAssertEqual(render(state)[geometry.rows.x, geometry.rows.y].grapheme, " ", "only the focused pane marks its selection")
    }
}
