import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// The meeting feeds the team's records (learnings log, pairing feedback), and a series can keep a fixed
/// facilitator while the note-taker rotates (fixed clock, fixed seed).
final class MeetingRecordsTests: XCTestCase {
    private func type(_ state: inout MeetingState, _ text: String) {
        for character in text { _ = reduceMeeting(&state, .key(.char(character))) }
    }

    private func enterTheRound(_ state: inout MeetingState) {
        _ = MeetingReducerTests.press(&state, "right", "]")
    }

    func testALearningNoteGoesToTheLearningsLogWithTheSessionAsContext() throws {
        var state = MeetingReducerTests.meeting()
        enterTheRound(&state)
        let speaker = try XCTUnwrap(state.currentRound?.speaker)
        _ = reduceMeeting(&state, .key(.char("l")))
        type(&state, "Property tests find edge cases")
        let effects = reduceMeeting(&state, .key(.enter))
        guard effects.count == 2, case .saveNote(let note) = effects[0], case .saveLearning(let learning) = effects[1] else {
            return XCTFail("\(effects)")
        }
        XCTAssertEqual(note.kind, .learning)
        XCTAssertEqual(learning, Learning(id: note.id, kind: .lesson, text: "Property tests find edge cases", context: state.session.title,
                                          sessionID: state.session.id, author: speaker, createdAt: state.now))
        XCTAssertEqual(state.data.learnings[learning.id], learning)
        XCTAssertEqual(state.message, "Learning saved · in the learnings log")
    }

    func testAPairingNoteGoesToTheFeedbackOfTheSpeakersPairingGroup() throws {
        var state = MeetingReducerTests.meeting()
        let round = try XCTUnwrap(state.data.pairingRounds.values.filter { $0.drawnAt <= state.now }.max { $0.drawnAt < $1.drawnAt })
        enterTheRound(&state)
        // Move on until someone who was paired in the latest round speaks.
        while let speaker = state.currentRound?.speaker, round.group(of: speaker) == nil {
            _ = reduceMeeting(&state, .key(.enter))
        }
        let speaker = try XCTUnwrap(state.currentRound?.speaker, "someone in the round was paired")
        _ = reduceMeeting(&state, .key(.char("p")))
        type(&state, "We paired on the importer")
        let effects = reduceMeeting(&state, .key(.enter))
        guard effects.count == 2, case .saveNote(let note) = effects[0], case .savePairingRound(let saved) = effects[1] else {
            return XCTFail("\(effects)")
        }
        XCTAssertEqual(saved.id, round.id)
        XCTAssertEqual(saved.feedback.count, round.feedback.count + 1)
        let feedback = try XCTUnwrap(saved.feedback.last)
        XCTAssertEqual(feedback, PairingFeedback(id: note.id, groupID: round.group(of: speaker)!.id, author: speaker, text: "We paired on the importer",
                                                 shared: true, createdAt: state.now))
        XCTAssertEqual(state.message, "Pairing saved · in the pairing round's feedback")
    }

    func testAPairingNoteOutsideARoundStaysInTheNotesAndSaysSo() throws {
        var state = MeetingReducerTests.meeting()
        _ = MeetingReducerTests.press(&state, "right")
        _ = reduceMeeting(&state, .key(.char("p")))
        type(&state, "Someone paired")
        let effects = reduceMeeting(&state, .key(.enter))
        XCTAssertEqual(effects.count, 1)
        XCTAssertEqual(state.message, "Pairing saved · not in the pairing round's feedback: say it during the paired person's turn")
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
        var state = MeetingState(session: held, data: data, notes: [], role: .shared, seed: 42, now: occurrence.start, calendar: Fixtures.calendar,
                                 size: Size(width: 120, height: 40), theme: Fixtures.catalog.defaultTheme)
        _ = MeetingReducerTests.press(&state, "right", "W")
        let proposed = try XCTUnwrap(state.nextRotation)
        XCTAssertEqual(proposed.facilitator, holder)
        _ = MeetingReducerTests.press(&state, "w")
        XCTAssertFalse(state.rotationSwapped)
        XCTAssertEqual(state.message, "\(data.name(of: holder)) facilitates every meeting of this series; only the note-taker rotates")
        _ = MeetingReducerTests.press(&state, "f")
        XCTAssertEqual(state.rotationSkips, [], "the role holder is not skipped")
        _ = MeetingReducerTests.press(&state, "n")
        XCTAssertNotEqual(state.nextRotation?.noteTaker, proposed.noteTaker, "the note-taker can still be skipped")
        let effects = MeetingReducerTests.press(&state, "enter")
        let savedSeries = effects.compactMap { effect -> Session? in
            if case .saveSession(let session) = effect, session.id == series.id { return session }
            return nil
        }.first
        XCTAssertEqual(savedSeries?.facilitator, holder)
        XCTAssertEqual(savedSeries?.fixedFacilitator, true)
        XCTAssertNotEqual(savedSeries?.noteTaker, holder)
    }

    func testCarryOverInTheReviewCanReassignAndReDate() throws {
        var state = MeetingReducerTests.meeting()
        let item = state.review[0]
        _ = MeetingReducerTests.press(&state, "o")
        let owner = try XCTUnwrap(item.owner.flatMap { state.data.people[$0] })
        let prefilled = "@\(owner.handle) " + (item.due.map { "due:\($0)" } ?? "")
        XCTAssertEqual(state.composer, NoteComposer(.carryOver(item.id), text: prefilled))
        for _ in prefilled { _ = reduceMeeting(&state, .key(.backspace)) }
        type(&state, "@nobody due:fri")
        XCTAssertEqual(reduceMeeting(&state, .key(.enter)), [])
        XCTAssertEqual(state.message, "No one has the handle @nobody")
        XCTAssertNotNil(state.composer, "the line stays to be fixed")
        for _ in "@nobody due:fri" { _ = reduceMeeting(&state, .key(.backspace)) }
        type(&state, "@zoe due:2026-12-11")
        let effects = reduceMeeting(&state, .key(.enter))
        guard effects.count == 2, case .saveProgress(let progress) = effects[0], case .saveAction(let saved) = effects[1] else {
            return XCTFail("\(effects)")
        }
        XCTAssertEqual(progress.review.first?.outcome, .carriedOver)
        XCTAssertEqual(saved.id, item.id)
        XCTAssertEqual(saved.owner, state.data.person(handle: "zoe")?.id)
        XCTAssertEqual(saved.due, Day(iso: "2026-12-11"))
        XCTAssertEqual(saved.status, .open)
        XCTAssertEqual(state.reviewOutcomes[item.id], .carriedOver)
        XCTAssertEqual(state.reviewRow, 1)
        XCTAssertEqual(state.message, "Carried over: Zoë Ångström, due 2026-12-11")
        XCTAssertNil(state.composer)
    }
}
