import CustomDump
import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// Durable meeting progress: the shared screen stops at any point (q, a closed terminal, SIGKILL) and a new one,
/// built from what the store holds, carries on exactly there (fixed clock, fixed seed).
final class MeetingResumeTests: XCTestCase {
    /// One step of the scripted meeting: a key, or the clock moving on.
    enum Step {
        case key(String)
        case wait(TimeInterval)
    }

    /// Review three items, time the first item with an extension, a round with done, pass, skip, away and a late
    /// return, attendance, the last item, a wrap-up with ratings and a rotation choice, then finish.
    static let script: [Step] = [
        .key("d"), .key("c"), .key("x"), .key("right"),
        .key("space"), .wait(100), .key("e"), .wait(50),
        .key("]"), .wait(30), .key("enter"), .wait(5), .key("x"), .wait(12), .key("tab"), .wait(40), .key("enter"),
        .key("w"), .wait(25), .key("enter"), .wait(7), .key("space"), .wait(300), .key("space"), .wait(9),
        .key("A"), .key("j"), .key("space"), .key("esc"),
        .key("]"), .wait(61), .key("]"), .wait(20), .key("W"), .key("4"), .key("2"), .key("4"), .key("n"), .wait(3),
    ]

    /// The held meeting every run starts from (one session id, so runs compare record for record).
    static let base = MeetingReducerTests.meeting()

    /// What the store holds, as the meeting's effects left it.
    struct Store {
        var data: GuildData
        var session: Session

        mutating func apply(_ effects: [MeetingEffect]) -> String? {
            var minutes: String?
            for effect in effects {
                switch effect {
                case .saveSession(let record): data.upsert(record); if record.id == session.id { session = record }
                case .saveProgress(let record): data.upsert(record)
                case .saveNote(let record): data.upsert(record)
                case .deleteNote(let record): data.remove(kind: .note, id: record.id)
                case .saveAction(let record): data.upsert(record)
                case .saveTopic(let record): data.upsert(record)
                case .saveLearning(let record): data.upsert(record)
                case .savePairingRound(let record): data.upsert(record)
                case .writeMinutes(_, let markdown): minutes = markdown
                case .leave: break
                }
            }
            return minutes
        }
    }

    /// A shared screen opened on what `store` holds at `now`, as `guild meeting` opens it.
    static func open(_ store: Store, now: Date) -> MeetingState {
        MeetingState(session: store.session, data: store.data, notes: store.data.notes(ofSession: store.session.id), role: .shared, seed: 42,
                     now: now, calendar: Fixtures.calendar, size: Size(width: 120, height: 40), theme: Fixtures.catalog.defaultTheme)
    }

    /// Runs the script, stopping the screen after step `stopAfter` (and reopening it `gap` seconds later), then
    /// finishes the meeting; returns the minutes and the store.
    static func run(stopAfter: Int?, gap: TimeInterval = 0, byQuitting: Bool = false) -> (minutes: String, store: Store) {
        let first = base
        var store = Store(data: first.data, session: first.session)
        var state = open(store, now: first.now)
        // The runtime saves a new meeting's progress before the first key.
        _ = store.apply([.saveProgress(state.progress())])
        var minutes: String?
        for (index, step) in script.enumerated() {
            switch step {
            case .key(let spec): minutes = store.apply(reduceMeeting(&state, .key(Key(spec: spec)!))) ?? minutes
            case .wait(let seconds): _ = reduceMeeting(&state, .tick(state.now.addingTimeInterval(seconds)))
            }
            if index == stopAfter {
                if byQuitting { _ = store.apply(reduceMeeting(&state, .key(.char("q")))) }
                state = open(store, now: state.now.addingTimeInterval(gap))
            }
        }
        minutes = store.apply(reduceMeeting(&state, .key(.enter))) ?? minutes
        return (minutes ?? "", store)
    }

    func testAMeetingStoppedAtAnyStepAndReopenedWritesTheSameMinutes() throws {
        let uninterrupted = Self.run(stopAfter: nil)
        XCTAssertTrue(uninterrupted.minutes.contains("| 1 | Open action items | 6:00 | 2:30 |"), uninterrupted.minutes)
        XCTAssertTrue(uninterrupted.minutes.contains("2.7 / 5 from 3 anonymous votes") || uninterrupted.minutes.contains("3.3 / 5 from 3 anonymous votes"),
                      uninterrupted.minutes)
        // An open overlay (attendance) is what the screen shows, not what the meeting did: after a restart the
        // facilitator opens it again, so the script's keys inside it are not replayed across a restart.
        for stop in Self.script.indices where !(25...26).contains(stop) {
            let resumed = Self.run(stopAfter: stop)
            expectNoDifference(resumed.minutes, uninterrupted.minutes, "killed after step \(stop) (\(Self.script[stop]))")
            XCTAssertEqual(resumed.store.data.meetings[resumed.store.session.id], uninterrupted.store.data.meetings[uninterrupted.store.session.id],
                           "the progress record after step \(stop)")
        }
    }

    func testQuittingAndComingBackResumesThere() {
        let uninterrupted = Self.run(stopAfter: nil)
        for stop in [3, 9, 16, 24, 33] {
            expectNoDifference(Self.run(stopAfter: stop, byQuitting: true).minutes, uninterrupted.minutes, "quit after step \(stop)")
        }
    }

    func testTimeKeepsRunningWhileTheScreenIsDownAndAPausedTimerDoesNot() throws {
        // Killed while the first item's timer runs: the minute the screen was down counts (the room went on talking).
        let running = Self.run(stopAfter: 5, gap: 60)
        XCTAssertTrue(running.minutes.contains("| 1 | Open action items | 6:00 | 3:30 |"), running.minutes)
        // Killed while paused (after the second Space in the round): nothing is added.
        let paused = Self.run(stopAfter: 22, gap: 600)
        let uninterrupted = Self.run(stopAfter: nil)
        expectNoDifference(paused.minutes, uninterrupted.minutes)
    }

    func testTheReviewKeepsDecidedItemsAfterARestart() throws {
        let first = MeetingReducerTests.meeting()
        var store = Store(data: first.data, session: first.session)
        var state = Self.open(store, now: first.now)
        let listed = state.review.map(\.id)
        _ = store.apply(reduceMeeting(&state, .key(.char("d"))))
        let reopened = Self.open(store, now: state.now)
        XCTAssertEqual(reopened.step, .review)
        XCTAssertEqual(reopened.review.map(\.id), listed, "the item marked done is still listed")
        XCTAssertEqual(reopened.reviewOutcomes, [listed[0]: .done])
        XCTAssertEqual(reopened.reviewRow, 1)
    }

    func testTheNoteTakersViewFollowsTheSharedScreensProgress() throws {
        let first = MeetingReducerTests.meeting()
        var store = Store(data: first.data, session: first.session)
        var shared = Self.open(store, now: first.now)
        var notes = MeetingState(session: store.session, data: store.data, notes: [], role: .notes, seed: 1, now: first.now,
                                 calendar: Fixtures.calendar, size: Size(width: 80, height: 24), theme: Fixtures.catalog.defaultTheme)
        for spec in ["right", "space", "e", "j", "j", "K", "]"] {
            _ = store.apply(reduceMeeting(&shared, .key(Key(spec: spec)!)))
        }
        _ = reduceMeeting(&shared, .tick(shared.now.addingTimeInterval(20)))
        _ = reduceMeeting(&notes, .storeReloaded(store.data, notes: []))
        _ = reduceMeeting(&notes, .tick(shared.now))
        XCTAssertEqual(notes.timer.current?.id, shared.timer.current?.id)
        XCTAssertEqual(notes.timer.slots.map(\.title), shared.timer.slots.map(\.title), "the order as the shared screen changed it")
        XCTAssertEqual(notes.timer.slots.map(\.plannedSeconds), shared.timer.slots.map(\.plannedSeconds), "extensions")
        XCTAssertEqual(notes.timer.current?.usedSeconds, shared.timer.current?.usedSeconds, "the timer counts on from the record")
        XCTAssertEqual(notes.currentRound?.speaker, shared.currentRound?.speaker)
        XCTAssertEqual(notes.currentRound?.order, shared.currentRound?.order)

        // A round contribution from the note-taker carries the speaker and the item; a decision carries no author.
        _ = reduceMeeting(&notes, .key(.char("s")))
        for character in "Shipped it" { _ = reduceMeeting(&notes, .key(.char(character))) }
        guard case .saveNote(let success)? = reduceMeeting(&notes, .key(.enter)).first else { return XCTFail("saved") }
        XCTAssertEqual(success.author, shared.currentRound?.speaker)
        XCTAssertEqual(success.agendaItemID, shared.timer.current?.id)
        _ = reduceMeeting(&notes, .key(.char("d")))
        for character in "We ship it" { _ = reduceMeeting(&notes, .key(.char(character))) }
        guard case .saveNote(let decision)? = reduceMeeting(&notes, .key(.enter)).first else { return XCTFail("saved") }
        XCTAssertNil(decision.author, "never a guessed speaker")
        XCTAssertEqual(decision.agendaItemID, shared.timer.current?.id)
        // On the shared screen too, a decision during someone's turn is not theirs.
        _ = reduceMeeting(&shared, .key(.char("d")))
        for character in "Agreed" { _ = reduceMeeting(&shared, .key(.char(character))) }
        guard case .saveNote(let sharedDecision)? = reduceMeeting(&shared, .key(.enter)).first else { return XCTFail("saved") }
        XCTAssertNil(sharedDecision.author)
    }
}
