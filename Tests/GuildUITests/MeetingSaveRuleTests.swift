import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// The meeting's save rule, the dashboard's: nothing shows as done before the store answered `.saved`; a refusal
/// leaves the screen as it was, names the record and the reason and keeps what was typed; every save is a change
/// against the version the meeting started from (or last had from the store).
final class MeetingSaveRuleTests: XCTestCase {
    private let readOnly = "the store is read-only: guild.json: field \"schema\": schema 9 is newer than this Guild reads (2)"

    private func meeting() -> MeetingState {
        MeetingReducerTests.meeting()
    }

    func testANoteShowsOnlyOnceTheStoreHasIt() throws {
        var state = meeting()
        MeetingReducerTests.press(&state, "right", "d")
        MeetingReducerTests.type(&state, "Ship on Fridays")
        let effects = reduceMeeting(&state, .key(.enter))
        guard case .save(let save)? = effects.first, let note = save.record?.as(NoteEntry.self) else { return XCTFail("\(effects)") }
        XCTAssertEqual(effects.count, 1)
        XCTAssertEqual(save.purpose, .note)
        XCTAssertNil(save.change.before, "a new note")
        XCTAssertEqual(note.text, "Ship on Fridays")
        XCTAssertTrue(state.notes.isEmpty, "not on screen before the store has it")
        XCTAssertEqual(state.composer?.field.text, "Ship on Fridays")
        XCTAssertEqual(state.composer?.isSaving, true)
        XCTAssertEqual(reduceMeeting(&state, .key(.char("x"))), [], "the line stays as handed to the store")
        XCTAssertEqual(state.composer?.field.text, "Ship on Fridays")

        XCTAssertEqual(reduceMeeting(&state, .saved(save)), [])
        XCTAssertEqual(state.notes.map(\.id), [note.id])
        XCTAssertNil(state.composer)
        XCTAssertEqual(state.message, "Decision saved")
        XCTAssertFalse(state.messageIsError)
    }

    func testARefusedNoteLeavesTheScreenUnchangedKeepsTheLineAndSaysWhy() throws {
        var state = meeting()
        MeetingReducerTests.press(&state, "right", "n")
        MeetingReducerTests.type(&state, "Everyone made it")
        let notesBefore = state.notes
        let effects = MeetingReducerTests.press(&state, "enter", store: { _ in self.readOnly })
        XCTAssertEqual(effects.count, 1, "one save asked for, nothing else")
        XCTAssertEqual(state.notes, notesBefore)
        XCTAssertEqual(state.composer?.field.text, "Everyone made it", "what was typed stays")
        XCTAssertEqual(state.composer?.isSaving, false)
        XCTAssertEqual(state.message, "Not saved: note “Everyone made it”: \(readOnly)")
        XCTAssertTrue(state.messageIsError)
        let screen = renderMeeting(state)
        let text = screen.description
        XCTAssertTrue(text.contains("No notes yet"), text)
        XCTAssertTrue(text.contains("Note ▸ Everyone made it"), text)
        XCTAssertTrue(text.contains("Not saved: note “Everyone made it”: the store is read-only"), text)
        let row = try XCTUnwrap(screen.lines().firstIndex { $0.contains("Not saved:") })
        let column = try XCTUnwrap(screen.line(row).range(of: "Not saved:")).lowerBound.utf16Offset(in: screen.line(row))
        XCTAssertEqual(screen[column, row].style, state.theme.style(.text).patched(by: state.theme.style(.error)), "in the error role")

        // Fixed (here: the store takes it now), Enter again saves the same line.
        MeetingReducerTests.press(&state, "enter")
        XCTAssertEqual(state.notes.map(\.text), ["Everyone made it"])
        XCTAssertNil(state.composer)
    }

    func testARefusedActionItemKeepsTheLineAndAddsNothing() {
        var state = meeting()
        let before = state.meetingActions
        MeetingReducerTests.press(&state, "right", "a")
        MeetingReducerTests.type(&state, "Write the RFC @zoe")
        MeetingReducerTests.press(&state, "enter", store: { _ in "the disk is full" })
        XCTAssertEqual(state.meetingActions, before)
        XCTAssertEqual(state.composer?.field.text, "Write the RFC @zoe")
        XCTAssertEqual(state.message, "Not saved: action item “Write the RFC”: the disk is full")
        MeetingReducerTests.press(&state, "enter")
        XCTAssertEqual(state.meetingActions.map(\.title), ["Write the RFC"])
        XCTAssertEqual(state.message, "Action item for @zoe")
    }

    func testARefusedReviewDecisionKeepsTheItemAsItWas() {
        var state = meeting()
        let first = state.review[0]
        let effects = MeetingReducerTests.press(&state, "d", store: { _ in self.readOnly })
        guard case .save(let save)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(save.change.before, RecordValue(first), "the change is against the item as the meeting had it")
        XCTAssertEqual(state.data.actions[first.id], first)
        XCTAssertNil(state.reviewOutcomes[first.id])
        XCTAssertEqual(state.reviewRow, 0, "the selection stays on the item")
        XCTAssertEqual(state.message, "Not saved: action item “\(first.title)”: \(readOnly)")
        MeetingReducerTests.press(&state, "d")
        XCTAssertEqual(state.data.actions[first.id]?.status, .done)
        XCTAssertEqual(state.reviewOutcomes[first.id], .done)
        XCTAssertEqual(state.reviewRow, 1)
    }

    func testARefusedWrapUpStaysInTheWrapUpAndWritesNoMinutes() {
        var state = meeting()
        MeetingReducerTests.press(&state, "right", "W", "4")
        let effects = MeetingReducerTests.press(&state, "enter", store: { _ in self.readOnly })
        XCTAssertEqual(effects.count, 1, "no minutes, no rotation: \(effects)")
        XCTAssertEqual(state.step, .wrapUp)
        XCTAssertEqual(state.session.status, .live)
        XCTAssertEqual(state.data.sessions[state.session.id]?.status, .live)
        XCTAssertEqual(state.ratings, [4], "the votes stay for the next try")
        XCTAssertEqual(state.message, "Not saved: session “Weekly tech meeting”: \(readOnly)")
        let again = MeetingReducerTests.press(&state, "enter").filter { !Self.isProgress($0) }
        XCTAssertEqual(state.step, .finished)
        XCTAssertEqual(again.count, 3)
    }

    func testLeavingWhenTheStoreRefusesStaysOpenAndTheNextLeaveGoes() {
        var state = meeting()
        MeetingReducerTests.press(&state, "right", "j", "K")
        let refused = MeetingReducerTests.press(&state, "q", store: { _ in self.readOnly })
        XCTAssertEqual(refused.count, 1)
        XCTAssertFalse(state.shouldQuit)
        XCTAssertEqual(state.message, "q again leaves without saving · Not saved: session “Weekly tech meeting”: \(readOnly)")
        XCTAssertEqual(MeetingReducerTests.press(&state, "q"), [.leave])
        XCTAssertTrue(state.shouldQuit)
    }

    func testLeavingWithNothingChangedWritesNothing() {
        var state = meeting()
        MeetingReducerTests.press(&state, "right")
        XCTAssertEqual(MeetingReducerTests.press(&state, "q"), [.leave], "the progress record is saved as it changes; leaving adds nothing")
        XCTAssertTrue(state.shouldQuit)
    }

    func testAQuitSignalKeepsAttendanceAgainstTheRecordItStartedFrom() throws {
        var state = meeting()
        let started = state.session
        MeetingReducerTests.press(&state, "A", "space", "esc")
        let away = try XCTUnwrap(state.absent.first)
        let effects = reduceMeeting(&state, .quitSignalReceived)
        XCTAssertTrue(state.shouldQuit)
        guard case .save(let save)? = effects.first, let held = save.record?.as(Session.self) else { return XCTFail("\(effects)") }
        XCTAssertEqual(save.purpose, .progress)
        XCTAssertEqual(save.change.before, RecordValue(started))
        XCTAssertFalse(held.attendees.contains(away))
        XCTAssertEqual(held.agenda, started.agenda, "the agenda was not changed here, so it is not sent as changed")
    }

    /// A dashboard edit to the live session (title, attendees) reaches the meeting through the store; the wrap-up is
    /// a change against that version, so it carries the edit instead of writing its older copy over it.
    func testTheWrapUpKeepsWhatOthersChangedInTheHeldRecord() throws {
        var state = meeting()
        var edited = state.session
        edited.title = "Weekly tech meeting (room 4)"
        let leaver = try XCTUnwrap(state.session.attendees.last.flatMap { state.data.people[$0] })
        edited.attendees = state.session.attendees.filter { $0 != leaver.id }
        edited.updatedAt = state.now.addingTimeInterval(60)
        var data = Fixtures.sample
        data.upsert(edited)
        _ = reduceMeeting(&state, .storeReloaded(data, notes: []))
        XCTAssertEqual(state.session, edited, "the record as stored is the meeting's base from now on")
        XCTAssertFalse(state.expected.contains(leaver.id), "someone taken off the attendees is no longer expected")

        MeetingReducerTests.press(&state, "right", "W")
        let effects = reduceMeeting(&state, .key(.enter))
        guard case .save(let save)? = effects.first, let held = save.record?.as(Session.self) else { return XCTFail("\(effects)") }
        XCTAssertEqual(save.change.before, RecordValue(edited))
        XCTAssertEqual(held.title, edited.title)
        XCTAssertEqual(held.attendees, edited.attendees, "nobody was marked away: the attendees are the record's")
        XCTAssertEqual(held.status, .done)
        // Once the store has it: the progress record (finished), the minutes, the rotation.
        let follow = reduceMeeting(&state, .saved(save)).filter { !Self.isProgress($0) }
        guard case .writeMinutes(_, let markdown)? = follow.first else { return XCTFail("\(follow)") }
        XCTAssertTrue(markdown.hasPrefix("# Weekly tech meeting (room 4)"), markdown)
        let present = try XCTUnwrap(markdown.split(separator: "\n").first { $0.hasPrefix("- Present") })
        XCTAssertTrue(present.hasPrefix("- Present (\(edited.attendees.count)):"), String(present))
        XCTAssertFalse(present.contains(leaver.name), "the one taken off is not among those present")
    }

    func testTheStoresMergedRecordIsWhatShows() {
        var state = meeting()
        MeetingReducerTests.press(&state, "right", "W")
        guard case .save(var save)? = reduceMeeting(&state, .key(.enter)).first, var merged = save.record?.as(Session.self) else {
            return XCTFail("a save")
        }
        // Someone renamed it meanwhile; the store merged that in and answers with the file as it is now.
        merged.title = "Renamed elsewhere"
        save.change.after = RecordValue(merged)
        _ = reduceMeeting(&state, .saved(save))
        XCTAssertEqual(state.session.title, "Renamed elsewhere")
        XCTAssertEqual(state.data.sessions[state.session.id]?.title, "Renamed elsewhere")
    }

    /// Whether `effect` saves the meeting's progress record (saved as the meeting changes; tested in MeetingResumeTests).
    static func isProgress(_ effect: MeetingEffect) -> Bool {
        if case .save(let save) = effect { return save.purpose == .meetingProgress }
        return false
    }
}
