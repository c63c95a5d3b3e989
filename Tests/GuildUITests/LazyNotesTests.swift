import Foundation
import GuildCore
import GuildUI
import TerminalGrid
import XCTest

/// Notes load lazily: opening a session asks the runtime for its notes, and they arrive as an action.
final class LazyNotesTests: XCTestCase {
    func testOpeningASessionAsksForItsNotesAndShowsThemWhenTheyArrive() throws {
        var withoutNotes = Fixtures.sample
        let allNotes = Array(withoutNotes.notes.values)
        withoutNotes.notes = [:]
        var state = Fixtures.state(withoutNotes)
        // The weekly meeting is a series: its notes live with its held meetings.
        let weekly = try XCTUnwrap(state.shownSessions.firstIndex { $0.session.recurrence?.frequency == .weekly })
        _ = Fixtures.press(&state, "1")
        for _ in 0..<weekly { _ = Fixtures.press(&state, "down") }
        let effects = Fixtures.press(&state, "enter")
        let series = state.shownSessions[weekly].session.id
        let held = Fixtures.sample.sessions.values.filter { $0.seriesID == series }.map(\.id)
        guard case .loadNotes(let asked)? = effects.first else { return XCTFail("expected a loadNotes effect, got \(effects)") }
        XCTAssertEqual(Set(asked), Set([series] + held))
        XCTAssertTrue(render(state).lines().joined(separator: "\n").contains("No notes yet."), "no notes before they arrive")

        let notes = allNotes.filter { asked.contains($0.sessionID) }
        XCTAssertEqual(reduce(&state, .notesLoaded(notes, sessions: asked)), [])
        XCTAssertEqual(state.data.notes.count, notes.count)
        let screen = render(state).lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("Notes from the last meeting"), screen)
        XCTAssertTrue(screen.contains("Checkout prototype tested with five users"), screen)

        // Loading again replaces, never duplicates; notes of other sessions are kept.
        _ = reduce(&state, .notesLoaded(Array(notes.prefix(1)), sessions: asked))
        XCTAssertEqual(state.data.notes.count, 1)
    }
}
