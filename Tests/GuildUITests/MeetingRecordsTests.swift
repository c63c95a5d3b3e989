import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// The meeting feeds the team's records (learnings log, pairing feedback), and a series can keep a fixed
/// facilitator while the note-taker rotates (fixed clock, fixed seed).
final class MeetingRecordsTests: XCTestCase {
    func testALearningNoteGoesToTheLearningsLogWithTheSessionAsContext() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        store.press(&state, "right", "]")
        let speaker = try XCTUnwrap(state.currentRound?.speaker)
        store.press(&state, "l")
        store.type(&state, "Property tests find edge cases")
        let effects = store.press(&state, "enter")
        let note = try XCTUnwrap(MeetingStoreDouble.saved(NoteEntry.self, in: effects).first)
        let learning = try XCTUnwrap(MeetingStoreDouble.saved(Learning.self, in: effects).first)
        XCTAssertEqual(note.kind, .learning)
        XCTAssertEqual(learning, Learning(id: note.id, kind: .lesson, text: "Property tests find edge cases", context: state.session.title,
                                          sessionID: state.session.id, author: speaker, createdAt: state.now))
        XCTAssertEqual(state.data.learnings[learning.id], learning, "shown once the store has it")
        XCTAssertEqual(state.message, "Learning saved · in the learnings log")
    }

    func testAPairingNoteGoesToTheFeedbackOfTheSpeakersPairingGroup() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        let round = try XCTUnwrap(state.data.pairingRounds.values.filter { $0.drawnAt <= state.now }.max { $0.drawnAt < $1.drawnAt })
        store.press(&state, "right", "]")
        // Move on until someone who was paired in the latest round speaks.
        while let speaker = state.currentRound?.speaker, round.group(of: speaker) == nil {
            store.press(&state, "enter")
        }
        let speaker = try XCTUnwrap(state.currentRound?.speaker, "someone in the round was paired")
        store.press(&state, "p")
        store.type(&state, "We paired on the importer")
        let effects = store.press(&state, "enter")
        let note = try XCTUnwrap(MeetingStoreDouble.saved(NoteEntry.self, in: effects).first)
        let saved = try XCTUnwrap(MeetingStoreDouble.saved(PairingRound.self, in: effects).first)
        XCTAssertEqual(saved.id, round.id)
        XCTAssertEqual(saved.feedback.count, round.feedback.count + 1)
        XCTAssertEqual(saved.feedback.last, PairingFeedback(id: note.id, groupID: round.group(of: speaker)!.id, author: speaker,
                                                            text: "We paired on the importer", shared: true, createdAt: state.now))
        XCTAssertEqual(state.message, "Pairing saved · in the pairing round's feedback")
    }

    func testAPairingNoteOutsideARoundStaysInTheNotes() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        store.press(&state, "right", "p")
        store.type(&state, "Someone paired")
        let effects = store.press(&state, "enter")
        XCTAssertEqual(MeetingStoreDouble.saved(NoteEntry.self, in: effects).count, 1)
        XCTAssertEqual(MeetingStoreDouble.saved(PairingRound.self, in: effects), [], "no speaker: no pairing group to credit")
    }

    /// The sample's weekly series with a fixed facilitator (Amara, the role holder).
    private func fixedSeries() -> (data: GuildData, series: Session) {
        var data = Fixtures.sample
        var series = data.sessions.values.first { $0.recurrence != nil && $0.title == "Weekly tech meeting" }!
        series.fixedFacilitator = true
        data.upsert(series)
        return (data, series)
    }

    func testAFixedFacilitatorLeadsEveryMeetingWhileTheNoteTakerRotates() throws {
        let (data, series) = fixedSeries()
        let holder = try XCTUnwrap(series.facilitator)
        var next = series
        next.noteTaker = nil
        var withoutNames = data
        withoutNames.upsert(next)
        let occurrence = try XCTUnwrap(UpcomingSessions.list(in: withoutNames, now: Fixtures.now, calendar: Fixtures.calendar)
            .first { $0.session.id == series.id })
        let held = HeldSession.record(for: occurrence, in: withoutNames, now: Fixtures.now)
        XCTAssertEqual(held.facilitator, holder)
        let candidates = Rotation.candidates(for: series, in: data)
        let history = Rotation.history(of: series.id, in: data)
        XCTAssertEqual(held.noteTaker, Rotation.next(.noteTaker, candidates: candidates, history: history, excluding: [holder]))

        // Rotating freely, the facilitator would change; fixed, it never does, and the note-taker is never the facilitator.
        XCTAssertNotEqual(Rotation.assign(candidates: candidates, history: history).facilitator, holder)
        let picks = Rotation.assign(candidates: candidates, history: history, fixedFacilitator: holder)
        XCTAssertEqual(picks.facilitator, holder)
        XCTAssertNotEqual(picks.noteTaker, holder)
        XCTAssertEqual(Rotation.assign(candidates: candidates, history: history, swapped: true, fixedFacilitator: holder).facilitator, holder)
    }

    func testTheWrapUpKeepsTheFixedFacilitatorAndRotatesTheNoteTaker() throws {
        let (data, series) = fixedSeries()
        let holder = try XCTUnwrap(series.facilitator)
        let occurrence = try XCTUnwrap(UpcomingSessions.list(in: data, now: Fixtures.now, calendar: Fixtures.calendar).first { $0.session.id == series.id })
        var held = HeldSession.record(for: occurrence, in: data, now: Fixtures.now)
        held.status = .live
        var state = MeetingState(session: held, data: data, notes: [], role: .shared, seed: 42, ids: IDSource(seed: 7), now: occurrence.start,
                                 calendar: Fixtures.calendar, size: Size(width: 120, height: 40), theme: Fixtures.catalog.defaultTheme)
        var store = MeetingStoreDouble(data: data)
        store.press(&state, "right", "W")
        let proposed = try XCTUnwrap(state.nextRotation)
        XCTAssertEqual(proposed.facilitator, holder)
        store.press(&state, "w")
        XCTAssertFalse(state.rotationSwapped)
        XCTAssertEqual(state.message, "\(data.name(of: holder)) facilitates every meeting of this series; only the note-taker rotates")
        store.press(&state, "f")
        XCTAssertEqual(state.rotationSkips, [], "the role holder is not skipped")
        store.press(&state, "n")
        XCTAssertNotEqual(state.nextRotation?.noteTaker, proposed.noteTaker, "the note-taker can still be skipped")
        let effects = store.press(&state, "enter")
        let savedSeries = MeetingStoreDouble.saved(Session.self, in: effects).first { $0.id == series.id }
        XCTAssertEqual(savedSeries?.facilitator, holder)
        XCTAssertEqual(savedSeries?.fixedFacilitator, true)
        XCTAssertNotEqual(savedSeries?.noteTaker, holder)
    }

    func testCarryOverInTheReviewCanReassignAndReDate() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        let item = state.review[0]
        store.press(&state, "o")
        let owner = try XCTUnwrap(item.owner.flatMap { state.data.people[$0] })
        let prefilled = "@\(owner.handle) " + (item.due.map { "due:\($0)" } ?? "")
        XCTAssertEqual(state.composer, NoteComposer(.carryOver(item.id), text: prefilled))
        for _ in prefilled { store.send(.key(.backspace), to: &state) }
        store.type(&state, "@nobody due:fri")
        XCTAssertEqual(store.press(&state, "enter"), [])
        XCTAssertEqual(state.message, "No one has the handle @nobody")
        XCTAssertNotNil(state.composer, "the line stays to be fixed")
        for _ in "@nobody due:fri" { store.send(.key(.backspace), to: &state) }
        store.type(&state, "@zoe due:2026-12-11")
        let effects = store.press(&state, "enter")
        let saved = try XCTUnwrap(MeetingStoreDouble.saved(ActionItem.self, in: effects).first)
        XCTAssertEqual(saved.id, item.id)
        XCTAssertEqual(saved.owner, state.data.person(handle: "zoe")?.id)
        XCTAssertEqual(saved.due, Day(iso: "2026-12-11"))
        XCTAssertEqual(saved.status, .open)
        let progress = try XCTUnwrap(MeetingStoreDouble.saved(MeetingProgress.self, in: effects).last)
        XCTAssertEqual(progress.review.first?.outcome, .carriedOver, "the outcome is in the progress record once the store has the item")
        XCTAssertEqual(state.reviewOutcomes[item.id], .carriedOver)
        XCTAssertEqual(state.reviewRow, 1)
        XCTAssertEqual(state.message, "Carried over: Zoë Ångström, due 2026-12-11")
        XCTAssertNil(state.composer)
    }
}
