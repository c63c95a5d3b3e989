import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// Notes can be fixed from either meeting view: edit, delete and undo, each shown once the store has it.
final class MeetingNoteFixTests: XCTestCase {
    private func write(_ state: inout MeetingState, _ store: inout MeetingStoreDouble, kind: String, _ text: String) -> NoteEntry? {
        store.press(&state, kind)
        store.type(&state, text)
        return MeetingStoreDouble.saved(NoteEntry.self, in: store.press(&state, "enter")).first
    }

    func testEditDeleteAndUndoOnTheSharedScreen() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        store.press(&state, "right")
        let first = try XCTUnwrap(write(&state, &store, kind: "d", "Ship on Fridys"))
        store.send(.tick(state.now.addingTimeInterval(5)), to: &state)
        let second = try XCTUnwrap(write(&state, &store, kind: "n", "Room booked"))
        store.send(.tick(state.now.addingTimeInterval(60)), to: &state)

        // N lists the notes with the latest selected; k moves up; e opens the composer on its text.
        store.press(&state, "N")
        XCTAssertEqual(state.overlay, .notes(row: 1))
        store.press(&state, "k", "e")
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.composer, NoteComposer(.edit(first.id), text: "Ship on Fridys"))
        store.press(&state, "backspace", "backspace")
        store.type(&state, "ays")
        let edited = MeetingStoreDouble.saved(NoteEntry.self, in: store.press(&state, "enter"))
        var fixed = first
        fixed.text = "Ship on Fridays"
        fixed.updatedAt = state.now
        XCTAssertEqual(edited, [fixed], "kind, author, item and time stay; only the text and updatedAt change")
        XCTAssertEqual(store.saves.last?.change.before, RecordValue(first), "saved against the version it started from")
        XCTAssertEqual(state.notes.map(\.text), ["Ship on Fridays", "Room booked"])
        XCTAssertEqual(state.message, "Note changed · u takes it back")

        // Delete the second note from the list (Enter would edit it).
        store.press(&state, "N")
        store.press(&state, "x")
        XCTAssertEqual(store.saves.last?.change, RecordChange(before: RecordValue(second), after: nil))
        XCTAssertNil(store.data.notes[second.id])
        XCTAssertEqual(state.notes.map(\.id), [first.id])
        XCTAssertEqual(state.overlay, .notes(row: 0))
        XCTAssertEqual(state.message, "Note deleted · u brings it back")
        store.press(&state, "esc")

        // u takes back the delete, then the edit, then the notes themselves.
        store.press(&state, "u")
        XCTAssertEqual(store.data.notes[second.id]?.text, "Room booked")
        XCTAssertEqual(state.notes.map(\.text), ["Ship on Fridays", "Room booked"])
        XCTAssertEqual(state.message, "Note restored")
        store.press(&state, "u")
        XCTAssertEqual(store.data.notes[first.id]?.text, "Ship on Fridys")
        XCTAssertEqual(state.message, "Edit taken back")
        store.press(&state, "u", "u")
        XCTAssertEqual(state.notes, [])
        XCTAssertEqual(store.data.notes(ofSession: state.session.id), [])
        XCTAssertEqual(store.press(&state, "u"), [])
        XCTAssertEqual(state.message, "Nothing to undo")
    }

    func testTheNoteTakerCanFixANoteTooAndTheMinutesHaveTheFix() throws {
        var state = MeetingReducerTests.meeting(role: .notes)
        var store = MeetingStoreDouble(data: state.data)
        let note = try XCTUnwrap(write(&state, &store, kind: "d", "eploy freeze starts next week"))
        store.press(&state, "N", "enter")
        XCTAssertEqual(state.composer?.field.text, "eploy freeze starts next week")
        store.press(&state, "home")
        store.type(&state, "D")
        let fixed = try XCTUnwrap(MeetingStoreDouble.saved(NoteEntry.self, in: store.press(&state, "enter")).first)
        XCTAssertEqual(fixed.id, note.id)
        XCTAssertEqual(fixed.text, "Deploy freeze starts next week")
        XCTAssertEqual(fixed.kind, .decision)
        XCTAssertTrue(state.minutes().markdown.contains("- Deploy freeze starts next week"), state.minutes().markdown)
    }

    func testEditingANoteDeletedElsewhereSaysSoAndSavesNothing() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        store.press(&state, "right")
        _ = try XCTUnwrap(write(&state, &store, kind: "n", "Gone soon"))
        store.press(&state, "N", "e")
        store.send(.storeReloaded(state.data, notes: []), to: &state)
        XCTAssertEqual(store.press(&state, "enter"), [])
        XCTAssertEqual(state.message, "That note is gone (deleted on another screen); the text was not saved")
    }
}
