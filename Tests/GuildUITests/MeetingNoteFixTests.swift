import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// Notes can be fixed from either meeting view: edit, delete and undo, each a durable save or delete.
final class MeetingNoteFixTests: XCTestCase {
    private func type(_ state: inout MeetingState, _ text: String) {
        for character in text { _ = reduceMeeting(&state, .key(.char(character))) }
    }

    private func write(_ state: inout MeetingState, kind: String, _ text: String) -> NoteEntry? {
        _ = MeetingReducerTests.press(&state, kind)
        type(&state, text)
        return reduceMeeting(&state, .key(.enter)).compactMap { effect -> NoteEntry? in
            if case .saveNote(let note) = effect { return note }
            return nil
        }.first
    }

    func testEditDeleteAndUndoOnTheSharedScreen() throws {
        var state = MeetingReducerTests.meeting()
        _ = MeetingReducerTests.press(&state, "right")
        let first = try XCTUnwrap(write(&state, kind: "d", "Ship on Fridys"))
        _ = reduceMeeting(&state, .tick(state.now.addingTimeInterval(5)))
        let second = try XCTUnwrap(write(&state, kind: "n", "Room booked"))
        _ = reduceMeeting(&state, .tick(state.now.addingTimeInterval(60)))

        // N lists the notes with the latest selected; k moves up; e opens the composer on its text.
        _ = MeetingReducerTests.press(&state, "N")
        XCTAssertEqual(state.overlay, .notes(row: 1))
        _ = MeetingReducerTests.press(&state, "k", "e")
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.composer, NoteComposer(.edit(first.id), text: "Ship on Fridys"))
        _ = MeetingReducerTests.press(&state, "backspace", "backspace")
        type(&state, "ays")
        let edited = reduceMeeting(&state, .key(.enter))
        var fixed = first
        fixed.text = "Ship on Fridays"
        fixed.updatedAt = state.now
        XCTAssertEqual(edited, [.saveNote(fixed)], "kind, author, item and time stay; only the text and updatedAt change")
        XCTAssertEqual(state.notes.map(\.text), ["Ship on Fridays", "Room booked"])
        XCTAssertEqual(state.message, "Note changed · u takes it back")

        // Delete the second note from the list (Enter would edit it).
        _ = MeetingReducerTests.press(&state, "N")
        XCTAssertEqual(MeetingReducerTests.press(&state, "x"), [.deleteNote(second)])
        XCTAssertEqual(state.notes.map(\.id), [first.id])
        XCTAssertEqual(state.overlay, .notes(row: 0))
        _ = MeetingReducerTests.press(&state, "esc")

        // u takes back the delete, then the edit, then the notes themselves.
        var restored = second
        restored.updatedAt = state.now
        XCTAssertEqual(MeetingReducerTests.press(&state, "u"), [.saveNote(restored)])
        XCTAssertEqual(state.notes.map(\.text), ["Ship on Fridays", "Room booked"])
        var unedited = fixed
        unedited.text = "Ship on Fridys"
        XCTAssertEqual(MeetingReducerTests.press(&state, "u"), [.saveNote(unedited)])
        XCTAssertEqual(MeetingReducerTests.press(&state, "u"), [.deleteNote(second)])
        XCTAssertEqual(MeetingReducerTests.press(&state, "u"), [.deleteNote(first)])
        XCTAssertEqual(state.notes, [])
        XCTAssertEqual(MeetingReducerTests.press(&state, "u"), [])
        XCTAssertEqual(state.message, "Nothing to undo")
    }

    func testTheNoteTakerCanFixANoteTooAndTheMinutesHaveTheFix() throws {
        var state = MeetingReducerTests.meeting(role: .notes)
        let note = try XCTUnwrap(write(&state, kind: "d", "eploy freeze starts next week"))
        _ = MeetingReducerTests.press(&state, "N", "enter")
        XCTAssertEqual(state.composer?.field.text, "eploy freeze starts next week")
        _ = MeetingReducerTests.press(&state, "home")
        type(&state, "D")
        guard case .saveNote(let fixed)? = reduceMeeting(&state, .key(.enter)).first else { return XCTFail("saved") }
        XCTAssertEqual(fixed.id, note.id)
        XCTAssertEqual(fixed.text, "Deploy freeze starts next week")
        XCTAssertEqual(fixed.kind, .decision)
        XCTAssertTrue(state.minutes().markdown.contains("- Deploy freeze starts next week"), state.minutes().markdown)
    }

    func testEditingANoteDeletedElsewhereSaysSoAndSavesNothing() throws {
        var state = MeetingReducerTests.meeting()
        _ = MeetingReducerTests.press(&state, "right")
        _ = try XCTUnwrap(write(&state, kind: "n", "Gone soon"))
        _ = MeetingReducerTests.press(&state, "N", "e")
        _ = reduceMeeting(&state, .storeReloaded(state.data, notes: []))
        XCTAssertEqual(reduceMeeting(&state, .key(.enter)), [])
        XCTAssertEqual(state.message, "That note is gone (deleted on another screen); the text was not saved")
    }
}
