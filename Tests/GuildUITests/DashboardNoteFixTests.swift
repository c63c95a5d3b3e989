import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// 15.3 and 15.5 in the dashboard: a session's notes are fixed from its detail view (edit, delete, undo, each a
/// change against the note as read), and a meeting left live long past its end is ended with one key.
final class DashboardNoteFixTests: XCTestCase {
    private func session(_ title: String, start: Date, status: Session.Status) -> Session {
        Session(title: title, format: .workshop, start: start, durationMinutes: 60, status: status, updatedAt: Fixtures.now)
    }

    /// Moves the Upcoming sessions cursor onto the session titled `title`.
    private func select(_ title: String, in state: inout AppState) throws {
        let row = try XCTUnwrap((0..<200).first { state.lists.occurrence($0)?.session.title == title }, "\(title) is listed")
        Fixtures.press(&state, "home")
        for _ in 0..<row { Fixtures.press(&state, "j") }
        XCTAssertEqual(state.lists.occurrence(state.cursor(.sessions).row)?.session.title, title)
    }

    func testNotesAreEditedDeletedAndUndoneFromTheSessionsDetailView() throws {
        var data = Fixtures.sample
        let held = session("Retro", start: Fixtures.now.addingTimeInterval(3600), status: .planned)
        data.upsert(held)
        let decision = NoteEntry(sessionID: held.id, kind: .decision, text: "Ship on Fridays", writer: .noteTaker, createdAt: Fixtures.now)
        let note = NoteEntry(sessionID: held.id, kind: .note, text: "Everyone came", createdAt: Fixtures.now.addingTimeInterval(60))
        data.upsert(decision)
        data.upsert(note)
        var state = Fixtures.state(data)
        try select("Retro", in: &state)
        Fixtures.press(&state, "enter")
        XCTAssertTrue(EditingSupport.screen(state).contains("Ship on Fridays — by the note-taker"), EditingSupport.screen(state))

        // n: pick a note (newest first), edit its text and kind; the save is a change against the note as read.
        Fixtures.press(&state, "n")
        guard case .picker(let picker)? = state.dialog else { return XCTFail("a picker of the session's notes") }
        XCTAssertEqual(picker.matches(data: state.data, calendar: state.calendar).map(\.title), ["Everyone came", "Ship on Fridays"])
        Fixtures.press(&state, "down", "enter")
        XCTAssertEqual(EditingSupport.form(state)?.title, "Edit note")
        EditingSupport.fill(&state, field: "text", with: "Ship on Fridays, not Mondays")
        let effects = Fixtures.press(&state, "enter")
        let change = try XCTUnwrap(EditingSupport.change(effects))
        XCTAssertEqual(change.before, RecordValue(decision))
        guard let edited = change.after?.as(NoteEntry.self) else { return XCTFail("a note saved") }
        XCTAssertEqual(edited.text, "Ship on Fridays, not Mondays")
        XCTAssertEqual(edited.kind, .decision)
        XCTAssertEqual(edited.writer, .noteTaker, "who wrote it stays")
        EditingSupport.confirm(&state, effects)
        XCTAssertEqual(state.data.notes[decision.id]?.text, "Ship on Fridays, not Mondays")

        // u takes the edit back (the inverse change).
        EditingSupport.pressSaving(&state, "u")
        XCTAssertEqual(state.data.notes[decision.id]?.text, "Ship on Fridays")

        // x: pick a note to delete; it asks first; u brings it back.
        Fixtures.press(&state, "x", "enter")
        guard case .confirm(let question)? = state.dialog else { return XCTFail("asks before deleting") }
        XCTAssertEqual(question.change.before, RecordValue(note))
        XCTAssertNil(question.change.after)
        EditingSupport.pressSaving(&state, "y")
        XCTAssertNil(state.data.notes[note.id])
        EditingSupport.pressSaving(&state, "u")
        XCTAssertEqual(state.data.notes[note.id]?.text, "Everyone came")

        // A session without notes says so; away from a session's detail, n is the pane's "new".
        data.upsert(session("Nothing said", start: Fixtures.now.addingTimeInterval(7200), status: .planned))
        var empty = Fixtures.state(data)
        try select("Nothing said", in: &empty)
        Fixtures.press(&empty, "enter", "n")
        XCTAssertNil(empty.dialog)
        XCTAssertEqual(empty.message, "This session has no notes yet")
    }

    func testAMeetingLeftLiveIsEndedWithOneKeyAndUndone() throws {
        var data = Fixtures.sample
        let forgotten = session("Saturday hack", start: Fixtures.now.addingTimeInterval(-26 * 3600), status: .live)
        data.upsert(forgotten)
        var state = Fixtures.state(data, width: 200, height: 60)
        XCTAssertTrue(EditingSupport.screen(state).contains("Saturday hack — still live: m resumes, W ends it"), EditingSupport.screen(state))
        let cards = EditingSupport.screen(Fixtures.state(data, width: 120, height: 40))
        XCTAssertTrue(cards.contains("still live: m resumes it, W ends it"), "on a two-line card too:\n" + cards)
        try select("Saturday hack", in: &state)
        Fixtures.press(&state, "W")
        guard case .confirm(let question)? = state.dialog else { return XCTFail("asks first") }
        XCTAssertTrue(question.question.hasPrefix("End the meeting “Saturday hack”"), question.question)
        let dialog = EditingSupport.screen(state)
        XCTAssertTrue(dialog.contains("End?") && dialog.contains("y, Enter end"), dialog)
        EditingSupport.pressSaving(&state, "y")
        XCTAssertEqual(state.data.sessions[forgotten.id]?.status, .done)
        XCTAssertFalse(EditingSupport.screen(state).contains("still live"))
        EditingSupport.pressSaving(&state, "u")
        XCTAssertEqual(state.data.sessions[forgotten.id]?.status, .live, "u undoes")

        // A session that is not live is not ended.
        var planned = Fixtures.state(data)
        let title = try XCTUnwrap(planned.lists.occurrence(0)?.session.title)
        try select(title, in: &planned)
        if planned.lists.occurrence(0)?.session.status != .live {
            Fixtures.press(&planned, "W")
            XCTAssertNil(planned.dialog)
            XCTAssertEqual(planned.message?.contains("is not live"), true, planned.message ?? "")
        }
    }

    func testEndingAForgottenMeetingKeepsItsRatingsFromTheScreenAndFromOtherTerminals() throws {
        var data = Fixtures.sample
        let forgotten = session("Sunday hack", start: Fixtures.now.addingTimeInterval(-30 * 3600), status: .live)
        data.upsert(forgotten)
        let onScreen = MeetingProgress.Vote(id: UUID(uuidString: "5A5A5A5A-0000-4000-8000-000000000001")!, value: 2)
        data.upsert(MeetingProgress(id: forgotten.id, step: .wrapUp, timer: AgendaTimer(agenda: []), review: [], rounds: [:],
                                    balance: SpeakingBalance(), expected: [], absent: [], ratings: [onScreen], rotationSkips: [],
                                    rotationSwapped: false, updatedAt: Fixtures.now))
        data.upsert(MeetingVote.given(5, to: forgotten, id: UUID(uuidString: "5A5A5A5A-0000-4000-8000-000000000002")!))
        var state = Fixtures.state(data, width: 200, height: 60)
        try select("Sunday hack", in: &state)
        Fixtures.press(&state, "W")
        EditingSupport.pressSaving(&state, "y")
        XCTAssertEqual(state.data.sessions[forgotten.id]?.status, .done)
        XCTAssertEqual(state.data.sessions[forgotten.id]?.ratings, [2, 5], "each vote once, as a wrap-up keeps them")
    }
}
