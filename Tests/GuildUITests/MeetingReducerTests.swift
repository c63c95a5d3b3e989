import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// The meeting screen's reducer: keys and clock ticks in, exact state and effects out (fixed clock, fixed seed).
final class MeetingReducerTests: XCTestCase {
    /// The sample team's weekly meeting on its next Friday, held and live, with the clock at its start.
    static func meeting(role: MeetingRole = .shared, width: Int = 120, height: Int = 40, seed: UInt64 = 42, keymap: Keymap = .standard) -> MeetingState {
        let data = Fixtures.sample
        let series = data.sessions.values.first { $0.recurrence != nil && $0.title == "Weekly tech meeting" }!
        let occurrence = UpcomingSessions.list(in: data, now: Fixtures.now, calendar: Fixtures.calendar).first { $0.session.id == series.id }!
        var held = HeldSession.record(for: occurrence, in: data, now: Fixtures.now)
        held.status = .live
        return MeetingState(session: held, data: data, notes: [], role: role, seed: seed, now: occurrence.start, calendar: Fixtures.calendar,
                            size: Size(width: width, height: height), theme: Fixtures.catalog.defaultTheme, keymap: keymap)
    }

    @discardableResult
    static func press(_ state: inout MeetingState, _ specs: String...) -> [MeetingEffect] {
        specs.flatMap { reduceMeeting(&state, .key(Key(spec: $0)!)) }
    }

    static func type(_ state: inout MeetingState, _ text: String) {
        for character in text { _ = reduceMeeting(&state, .key(.char(character))) }
    }

    static func tick(_ state: inout MeetingState, seconds: TimeInterval) {
        _ = reduceMeeting(&state, .tick(state.now.addingTimeInterval(seconds)))
    }

    func testOpensOnTheReviewOfEarlierActionsAndDecidesEachInPlace() throws {
        var state = Self.meeting()
        XCTAssertEqual(state.step, .review)
        XCTAssertEqual(state.review.count, 9)
        let first = state.review[0]
        let effects = Self.press(&state, "d")
        guard case .saveAction(let saved)? = effects.first else { return XCTFail("expected a save, got \(effects)") }
        XCTAssertEqual(saved.id, first.id)
        XCTAssertEqual(saved.status, .done)
        XCTAssertEqual(saved.completedAt, state.now)
        XCTAssertEqual(state.reviewRow, 1, "moves on to the next item")
        XCTAssertEqual(Self.press(&state, "c"), [], "carrying an open item over changes nothing on disk")
        XCTAssertEqual(state.reviewOutcomes[state.review[1].id], .carriedOver)
        guard case .saveAction(let dropped)? = Self.press(&state, "x").first else { return XCTFail("drop saves") }
        XCTAssertEqual(dropped.status, .dropped)
        Self.press(&state, "k", "k", "k", "c")
        XCTAssertEqual(state.reviewOutcomes[first.id], .carriedOver)
        XCTAssertEqual(state.data.actions[first.id]?.status, .open, "carrying a done item over re-opens it")
        Self.press(&state, "right")
        XCTAssertEqual(state.step, .agenda)
    }

    func testTimerRunsPausesExtendsAndMovesOn() {
        var state = Self.meeting()
        Self.press(&state, "right", "space")
        XCTAssertTrue(state.timer.isRunning)
        Self.tick(&state, seconds: 200)
        XCTAssertEqual(state.timer.current?.usedSeconds, 200)
        XCTAssertEqual(state.timer.current?.phase, .onTime)
        Self.tick(&state, seconds: 150)
        XCTAssertEqual(state.timer.current?.phase, .over)
        Self.press(&state, "e")
        XCTAssertEqual(state.timer.current?.plannedSeconds, 360)
        Self.press(&state, "E")
        XCTAssertEqual(state.timer.current?.plannedSeconds, 660)
        Self.press(&state, "space")
        Self.tick(&state, seconds: 100)
        XCTAssertEqual(state.timer.current?.usedSeconds, 350, "paused: no time counted")
        Self.press(&state, "space", "]")
        XCTAssertEqual(state.timer.currentIndex, 1)
        XCTAssertTrue(state.timer.isRunning)
        Self.press(&state, "[")
        XCTAssertEqual(state.timer.currentIndex, 0)
    }

    func testReorderMovesTheSelectedItem() {
        var state = Self.meeting()
        Self.press(&state, "right", "j", "j", "j")
        XCTAssertEqual(state.agendaRow, 3)
        let moved = state.timer.slots[3].title
        Self.press(&state, "K", "K")
        XCTAssertEqual(state.timer.slots[1].title, moved)
        XCTAssertEqual(state.agendaRow, 1)
        XCTAssertEqual(state.timer.currentIndex, 0)
        let effects = Self.press(&state, "q")
        guard case .saveSession(let saved)? = effects.first else { return XCTFail("leaving keeps the new order: \(effects)") }
        XCTAssertEqual(saved.agenda[1].title, moved)
        XCTAssertEqual(effects.last, .leave)
    }

    func testRoundWalksThroughPeopleWithPerSpeakerTimeAndBalance() throws {
        var state = Self.meeting()
        Self.press(&state, "right", "space", "]")
        let round = try XCTUnwrap(state.currentRound, "the second item is a round")
        XCTAssertEqual(Set(round.order), Set(state.present))
        XCTAssertNotEqual(round.order.first, state.data.person(handle: "sam")?.id, "not the one who started last week's round")
        XCTAssertEqual(round.order, RoundOrder.make(people: state.present, lastFirst: state.data.person(handle: "sam")?.id, seed: 42))
        let first = round.order[0], second = round.order[1], third = round.order[2], fourth = round.order[3]
        XCTAssertEqual(round.budgetPerSpeaker, 20 * 60 / Double(round.order.count))
        Self.tick(&state, seconds: 90)
        XCTAssertEqual(state.currentRound?.spoken[first], 90)
        XCTAssertEqual(state.balance.seconds[first], 90)
        Self.press(&state, "enter")
        XCTAssertEqual(state.currentRound?.speaker, second)
        Self.press(&state, "x")
        XCTAssertEqual(state.currentRound?.turn(of: second), .passed)
        Self.press(&state, "tab")
        XCTAssertEqual(state.currentRound?.turn(of: third), .skipped)
        Self.press(&state, "w")
        XCTAssertEqual(state.currentRound?.turn(of: fourth), .away)
        XCTAssertTrue(state.absent.contains(fourth), "away in a round is absent from the meeting")
        XCTAssertTrue(state.currentRound?.notHeardYet.contains(third) ?? false)
        // Someone who talks far past their share is nudged.
        Self.tick(&state, seconds: 1_000)
        let speaker = try XCTUnwrap(state.currentRound?.speaker)
        XCTAssertTrue(state.balance.isOverFairShare(speaker, among: round.order.count))
        XCTAssertEqual(state.currentRound?.speakerRemaining, round.budgetPerSpeaker - 1_000)
    }

    func testNotesOfEveryKindActionItemsParkingAndAnonymousQuestions() throws {
        var state = Self.meeting()
        Self.press(&state, "right", "d")
        XCTAssertEqual(state.composer?.purpose, .note(.decision))
        Self.press(&state, "l")
        XCTAssertEqual(state.composer?.purpose, .note(.learning), "an empty line switches kind with a kind key")
        Self.press(&state, "?")
        XCTAssertEqual(state.composer?.purpose, .note(.question))
        Self.press(&state, "+")
        Self.type(&state, "Friday slot works + more")
        XCTAssertEqual(state.composer?.field.text, "Friday slot works + more", "once typing, kind keys are text")
        guard case .saveNote(let note)? = Self.press(&state, "enter").first else { return XCTFail("a note is saved") }
        XCTAssertEqual(note.kind, .support)
        XCTAssertEqual(note.sessionID, state.session.id)
        XCTAssertEqual(note.agendaItemID, state.timer.current?.id)
        XCTAssertNil(state.composer)

        Self.press(&state, "a")
        Self.type(&state, "Write the RFC @zoe due:2026-12-04 #docs")
        guard case .saveAction(let item)? = Self.press(&state, "enter").first else { return XCTFail("an action item is saved") }
        XCTAssertEqual(item.title, "Write the RFC")
        XCTAssertEqual(item.owner, state.data.person(handle: "zoe")?.id)
        XCTAssertEqual(item.due, Day(iso: "2026-12-04"))
        XCTAssertEqual(item.sessionID, state.session.id)
        Self.press(&state, "a")
        Self.type(&state, "Nobody @nobody")
        XCTAssertEqual(Self.press(&state, "enter"), [])
        XCTAssertEqual(state.message, "No one has the handle @nobody")
        XCTAssertNotNil(state.composer, "the line stays to be fixed")
        Self.press(&state, "esc")

        Self.press(&state, "P")
        Self.type(&state, "Kafka deep dive")
        guard case .saveNote(let parked)? = Self.press(&state, "enter").first else { return XCTFail("parked") }
        XCTAssertTrue(ParkingLot.isParked(parked))
        XCTAssertEqual(state.parked.map { ParkingLot.title(of: $0) }, ["Kafka deep dive"])

        Self.press(&state, "Q")
        Self.type(&state, "Why Fridays?")
        guard case .saveNote(let question)? = Self.press(&state, "enter").first else { return XCTFail("asked") }
        XCTAssertNil(question.author)
        XCTAssertEqual(question.createdAt, state.session.start)
        XCTAssertEqual(state.questions.map(\.text), ["Why Fridays?"])
    }

    func testRoundNotesAreTheSpeakers() throws {
        var state = Self.meeting()
        Self.press(&state, "right", "]", "s")
        Self.type(&state, "Shipped it")
        guard case .saveNote(let note)? = Self.press(&state, "enter").first else { return XCTFail("saved") }
        XCTAssertEqual(note.author, state.currentRound?.speaker)
        XCTAssertEqual(note.kind, .success)
    }

    func testStoreReloadBringsNotesFromTheOtherInstanceAndQueuesNewQuestions() {
        var state = Self.meeting()
        let fromNotes = NoteEntry(sessionID: state.session.id, kind: .decision, text: "From the note-taker", createdAt: state.now)
        let asked = AnonymousQuestion.note("Anyone?", session: state.session)
        _ = reduceMeeting(&state, .storeReloaded(Fixtures.sample, notes: [fromNotes, asked]))
        XCTAssertEqual(state.notes.map(\.text).sorted(), ["Anyone?", "From the note-taker"])
        XCTAssertEqual(state.questions.map(\.text), ["Anyone?"])
        XCTAssertEqual(state.data.sessions[state.session.id]?.status, .live, "the shared screen keeps its own record")
    }

    func testNoteTakersViewLeavesTheClockToTheSharedScreen() {
        var state = Self.meeting(role: .notes)
        XCTAssertEqual(state.step, .agenda)
        XCTAssertEqual(Self.press(&state, "space"), [])
        XCTAssertFalse(state.timer.isRunning)
        XCTAssertEqual(state.message, "The timer, rounds and wrap-up run on the shared screen")
        Self.press(&state, "n")
        Self.type(&state, "Written on the second screen")
        guard case .saveNote(let note)? = Self.press(&state, "enter").first else { return XCTFail("saved") }
        XCTAssertNil(note.agendaItemID)
        var done = state.session
        done.status = .done
        var data = Fixtures.sample
        data.upsert(done)
        _ = reduceMeeting(&state, .storeReloaded(data, notes: state.notes))
        XCTAssertEqual(state.step, .finished, "the shared screen's wrap-up ends the note-taker's view too")
    }

    func testWrapUpRatesRotatesPromotesAndWritesMinutes() throws {
        var state = Self.meeting()
        Self.press(&state, "right", "P")
        Self.type(&state, "Kafka deep dive")
        Self.press(&state, "enter", "W")
        XCTAssertEqual(state.step, .wrapUp)
        Self.press(&state, "4", "5", "3")
        XCTAssertEqual(state.ratings, [4, 5, 3])
        let proposed = try XCTUnwrap(state.nextRotation)
        Self.press(&state, "n")
        XCTAssertNotEqual(state.nextRotation?.noteTaker, proposed.noteTaker, "skipped")
        Self.press(&state, "w")
        XCTAssertEqual(state.nextRotation?.facilitator, Rotation.assign(candidates: Rotation.candidates(for: state.series!, in: state.data),
                                                                       history: Rotation.history(of: state.series!.id, in: state.data),
                                                                       skipped: state.rotationSkips, swapped: true).facilitator)
        guard case .saveTopic(let topic)? = Self.press(&state, "t").first else { return XCTFail("promoted") }
        XCTAssertEqual(topic.title, "Kafka deep dive")
        XCTAssertEqual(Self.press(&state, "t"), [], "only once")
        let next = state.nextRotation
        let effects = Self.press(&state, "enter")
        XCTAssertEqual(state.step, .finished)
        XCTAssertEqual(effects.count, 3)
        guard case .saveSession(let held) = effects[0], case .saveSession(let series) = effects[1],
              case .writeMinutes(let id, let markdown) = effects[2] else { return XCTFail("\(effects)") }
        XCTAssertEqual(held.status, .done)
        XCTAssertEqual(held.ratings, [3, 4, 5], "sorted, so the order of votes says nothing")
        XCTAssertEqual(series.id, held.seriesID)
        XCTAssertEqual(series.facilitator, next?.facilitator)
        XCTAssertEqual(series.noteTaker, next?.noteTaker)
        XCTAssertEqual(id, held.id)
        XCTAssertTrue(markdown.contains("## Parking lot\n\n- Kafka deep dive (proposed as a topic)"), markdown)
        XCTAssertTrue(markdown.contains("4.0 / 5 from 3 anonymous votes."), markdown)
        _ = reduceMeeting(&state, .minutesWritten(path: "minutes/x.md"))
        XCTAssertEqual(state.minutesPath, "minutes/x.md")
    }

    func testAttendanceTogglesAndHelpListsEveryBinding() {
        var state = Self.meeting()
        Self.press(&state, "A")
        XCTAssertEqual(state.overlay, .attendance(row: 0))
        Self.press(&state, "j", "space")
        XCTAssertEqual(state.absent, [state.expected[1]])
        XCTAssertFalse(state.timer.isRunning, "Space toggles attendance here, not the timer")
        Self.press(&state, "esc", "?")
        XCTAssertEqual(state.overlay, .help(scroll: 0))
        let text = renderMeeting(state).description
        XCTAssertTrue(text.contains("Live meeting keys"), text)
        let ids = Set(Keymap.standard.bindings(of: .meeting).map(\.id))
        XCTAssertEqual(Set(MeetingCommand.allCases.map(\.rawValue)).subtracting(ids), [], "every command has a binding")
    }
}
