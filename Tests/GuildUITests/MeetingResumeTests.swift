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

    /// A shared screen opened on what `store` holds at `now`, as `guild meeting` opens it.
    static func open(_ store: MeetingStoreDouble, now: Date) -> MeetingState {
        let session = store.data.sessions[base.session.id]!
        return MeetingState(session: session, data: store.data, notes: store.data.notes(ofSession: session.id), role: .shared, seed: 42,
                            ids: IDSource(seed: 9, count: UInt64(store.saves.count) * 100), now: now, calendar: Fixtures.calendar,
                            size: Size(width: 120, height: 40), theme: Fixtures.catalog.defaultTheme)
    }

    /// Runs the script, stopping the screen after step `stopAfter` (and reopening it `gap` seconds later), then
    /// finishes the meeting; returns the minutes and the store.
    static func run(stopAfter: Int?, gap: TimeInterval = 0, byQuitting: Bool = false) -> (minutes: String, store: MeetingStoreDouble) {
        let first = base
        var store = MeetingStoreDouble(data: first.data)
        var state = open(store, now: first.now)
        // The runtime saves a new meeting's progress before the first key.
        if let save = state.firstProgressSave() {
            store.data.upsert(save.change.after!.record)
            _ = reduceMeeting(&state, .saved(save))
        }
        for (index, step) in script.enumerated() {
            switch step {
            case .key(let spec): store.send(.key(Key(spec: spec)!), to: &state)
            case .wait(let seconds): store.send(.tick(state.now.addingTimeInterval(seconds)), to: &state)
            }
            if index == stopAfter {
                if byQuitting { store.send(.key(.char("q")), to: &state) }
                state = open(store, now: state.now.addingTimeInterval(gap))
            }
        }
        store.send(.key(.enter), to: &state)
        return (store.minutes ?? "", store)
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
            XCTAssertEqual(resumed.store.data.meetings[Self.base.session.id], uninterrupted.store.data.meetings[Self.base.session.id],
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
        var store = MeetingStoreDouble(data: Self.base.data)
        var state = Self.open(store, now: Self.base.now)
        let listed = state.review.map(\.id)
        store.send(.key(.char("d")), to: &state)
        let reopened = Self.open(store, now: state.now)
        XCTAssertEqual(reopened.step, .review)
        XCTAssertEqual(reopened.review.map(\.id), listed, "the item marked done is still listed")
        XCTAssertEqual(reopened.reviewOutcomes, [listed[0]: .done])
        XCTAssertEqual(reopened.reviewRow, 1)
    }

    func testTheNoteTakersViewFollowsTheSharedScreensProgress() throws {
        var store = MeetingStoreDouble(data: Self.base.data)
        var shared = Self.open(store, now: Self.base.now)
        let session = shared.session
        var notes = MeetingState(session: session, data: store.data, notes: [], role: .notes, seed: 1, ids: IDSource(seed: 3),
                                 now: Self.base.now, calendar: Fixtures.calendar, size: Size(width: 80, height: 24),
                                 theme: Fixtures.catalog.defaultTheme)
        store.press(&shared, "right", "space", "e", "j", "j", "K", "]")
        store.send(.tick(shared.now.addingTimeInterval(20)), to: &shared)
        var notesStore = MeetingStoreDouble(data: store.data)
        notesStore.send(.storeReloaded(store.data, notes: []), to: &notes)
        notesStore.send(.tick(shared.now), to: &notes)
        XCTAssertEqual(notes.timer.current?.id, shared.timer.current?.id)
        XCTAssertEqual(notes.timer.slots.map(\.title), shared.timer.slots.map(\.title), "the order as the shared screen changed it")
        XCTAssertEqual(notes.timer.slots.map(\.plannedSeconds), shared.timer.slots.map(\.plannedSeconds), "extensions")
        XCTAssertEqual(notes.timer.current?.usedSeconds, shared.timer.current?.usedSeconds, "the timer counts on from the record")
        XCTAssertEqual(notes.currentRound?.speaker, shared.currentRound?.speaker)
        XCTAssertEqual(notes.currentRound?.order, shared.currentRound?.order)

        // A round contribution from the note-taker carries the speaker and the item; a decision carries no author.
        notesStore.press(&notes, "s")
        notesStore.type(&notes, "Shipped it")
        let success = try XCTUnwrap(MeetingStoreDouble.saved(NoteEntry.self, in: notesStore.press(&notes, "enter")).first)
        XCTAssertEqual(success.author, shared.currentRound?.speaker)
        XCTAssertEqual(success.agendaItemID, shared.timer.current?.id)
        notesStore.press(&notes, "d")
        notesStore.type(&notes, "We ship it")
        let decision = try XCTUnwrap(MeetingStoreDouble.saved(NoteEntry.self, in: notesStore.press(&notes, "enter")).first)
        XCTAssertNil(decision.author, "never a guessed speaker")
        XCTAssertEqual(decision.agendaItemID, shared.timer.current?.id)
        // On the shared screen too, a decision during someone's turn is not theirs.
        store.press(&shared, "d")
        store.type(&shared, "Agreed")
        let sharedDecision = try XCTUnwrap(MeetingStoreDouble.saved(NoteEntry.self, in: store.press(&shared, "enter")).first)
        XCTAssertNil(sharedDecision.author)
    }
}
