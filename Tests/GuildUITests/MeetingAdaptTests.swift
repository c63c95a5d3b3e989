import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// The meeting adapts live (issue 15, points 6–8): attendance adds team members and guests (who join a round), a round
/// with nobody says so, agenda items are added, renamed and re-timed, a session without an agenda gets a meeting
/// timer, the plan is shown against the slot, questions are marked answered or dismissed (oldest first, in the
/// minutes), and a mistyped rating is taken back while votes from other terminals count. Fixed clock, seed and ids;
/// every change goes through the in-memory store double, so what a reopened screen shows is what the store holds.
final class MeetingAdaptTests: XCTestCase {
    /// A shared screen on what `store` holds for `session`, as `guild meeting` opens it.
    static func open(_ store: MeetingStoreDouble, _ session: Session, now: Date, role: MeetingRole = .shared) -> MeetingState {
        let held = store.data.sessions[session.id] ?? session
        return MeetingState(session: held, data: store.data, notes: store.data.notes(ofSession: held.id), role: role, seed: 42,
                            ids: IDSource(seed: 11, count: UInt64(store.saves.count) * 100), now: now, calendar: Fixtures.calendar,
                            size: Size(width: 120, height: 40), theme: Fixtures.catalog.defaultTheme)
    }

    /// A live one-off session (no series, no community) with `attendees` and `agenda`.
    static func oneOff(attendees: [UUID] = [], agenda: [AgendaItem], minutes: Int = 45) -> (Session, GuildData) {
        var data = Fixtures.sample
        let session = Session(id: UUID(uuidString: "0F0F0F0F-0000-4000-8000-00000000AB01")!, title: "Impromptu design review",
                              format: .other, start: Fixtures.now, durationMinutes: minutes, attendees: attendees, status: .live,
                              agenda: agenda, updatedAt: Fixtures.now)
        data.upsert(session)
        return (session, data)
    }

    /// The shared screen's first progress save, stored.
    static func start(_ session: Session, _ data: GuildData) -> (MeetingState, MeetingStoreDouble) {
        var store = MeetingStoreDouble(data: data)
        var state = MeetingState(session: session, data: data, notes: [], role: .shared, seed: 42, ids: IDSource(seed: 11), now: Fixtures.now,
                                 calendar: Fixtures.calendar, size: Size(width: 120, height: 40), theme: Fixtures.catalog.defaultTheme)
        if let save = state.firstProgressSave() {
            store.data.upsert(save.change.after!.record)
            _ = reduceMeeting(&state, .saved(save))
        }
        return (state, store)
    }

    // MARK: - 15.6 People

    func testARoundWithNobodyHereSaysSoAndAGuestWhoJoinsSpeaks() throws {
        let round = AgendaItem(id: UUID(uuidString: "0F0F0F0F-0000-4000-8000-00000000AB02")!, title: "Round: first impressions", minutes: 10,
                               isRound: true)
        let (session, data) = Self.oneOff(agenda: [round])
        var (state, store) = Self.start(session, data)
        XCTAssertEqual(state.step, .agenda)
        let empty = try XCTUnwrap(state.currentRound)
        XCTAssertTrue(empty.hasNobody && empty.isFinished)
        XCTAssertTrue(state.message?.contains("Nobody is here for this round") ?? false, state.message ?? "")
        XCTAssertTrue(renderMeeting(state).description.contains("Nobody is here for this round"))
        XCTAssertFalse(renderMeeting(state).description.contains("Round complete"), "an empty round is not complete")
        store.press(&state, "enter")
        XCTAssertTrue(state.message?.hasPrefix("Nobody is here for this round: A marks") ?? false, state.message ?? "")
        // A guest by name (the line keeps no control character), speaking at once.
        store.press(&state, "A", "g")
        XCTAssertEqual(state.composer?.purpose, .attendee)
        store.type(&state, "Bob \u{1B}[31mRed")
        store.press(&state, "enter")
        let guest = try XCTUnwrap(state.guests.first { $0.value == "Bob ␛[31mRed" }?.key, "\(state.guests)")
        XCTAssertEqual(state.currentRound?.speaker, guest, "the guest joins the empty round and speaks")
        XCTAssertEqual(state.present, [guest])
        let progress = try XCTUnwrap(store.data.meetings[session.id])
        XCTAssertEqual(progress.attendance, [MeetingProgress.Attendance(id: guest, present: true, name: "Bob ␛[31mRed")])
        XCTAssertEqual(progress.rounds.first?.speaker, guest, "durably in the progress record")
        store.press(&state, "esc")
        XCTAssertTrue(renderMeeting(state).description.contains("Speaking: Bob ␛[31mRed (guest)"))
        // A guest's name from a hostile progress file (escape sequences) is shown, never run.
        var hostile = progress
        hostile.attendance[0].name = "Bob \u{1B}]0;pwned\u{07}\u{1B}[31mRed"
        store.data.upsert(hostile)
        // A reopened screen knows the guest; the session record never lists them (not one of the team's people).
        var reopened = Self.open(store, session, now: state.now)
        XCTAssertEqual(reopened.currentRound?.speaker, guest)
        let screen = renderMeeting(reopened).description
        XCTAssertFalse(screen.contains("\u{1B}") || screen.contains("\u{07}"), "no escape sequence reaches the terminal")
        XCTAssertTrue(screen.contains("Speaking: Bob ␛]0;pwned"), screen)
        store.press(&reopened, "q")
        XCTAssertFalse(store.data.sessions[session.id]?.attendees.contains(guest) ?? true)
        // The minutes name the guest.
        // The minutes name the guest; what is written goes through the document sanitiser, as every minutes file does.
        let minutes = SafeText.sanitizeDocument(reopened.minutes().markdown)
        XCTAssertTrue(minutes.contains("- Present (1): Bob "), minutes)
        XCTAssertTrue(minutes.contains("Red (guest)"), minutes)
        XCTAssertFalse(minutes.contains("\u{1B}"), minutes)
    }

    func testAttendanceAddsAnyTeamMemberAndSomeoneWhoseProfileSaysAway() throws {
        var data = Fixtures.sample
        let zoe = try XCTUnwrap(data.person(handle: "zoe"))
        var away = zoe
        away.away = true
        data.upsert(away)
        var state = MeetingReducerTests.meeting(data: data)
        var store = MeetingStoreDouble(data: state.data)
        XCTAssertFalse(state.present.contains(zoe.id), "a profile that says away: not among who is here")
        XCTAssertTrue(state.attendanceRows.contains(zoe.id), "but listed, to be marked here")
        let noah = try XCTUnwrap(data.person(handle: "noah"))
        XCTAssertFalse(state.expected.contains(noah.id), "away people are not expected in the series")
        store.press(&state, "right", "space", "]")
        let round = try XCTUnwrap(state.currentRound)
        XCTAssertFalse(round.order.contains(zoe.id))
        // Zoë turns up: marked here in the list, she joins the round at its end.
        store.press(&state, "A")
        let zoeRow = try XCTUnwrap(state.attendanceRows.firstIndex(of: zoe.id))
        for _ in 0..<zoeRow { store.press(&state, "j") }
        XCTAssertTrue(renderMeeting(state).description.contains("(profile says away)"))
        store.press(&state, "space")
        XCTAssertFalse(state.absent.contains(zoe.id))
        XCTAssertEqual(state.currentRound?.order.last, zoe.id)
        XCTAssertEqual(state.currentRound?.turn(of: zoe.id), .waiting)
        // Noah is not expected: typed by handle, he is added as a team member (not a guest) and joins too.
        store.press(&state, "g")
        store.type(&state, "@noah")
        store.press(&state, "enter")
        XCTAssertTrue(state.guests.isEmpty)
        XCTAssertTrue(state.present.contains(noah.id))
        XCTAssertEqual(state.currentRound?.order.suffix(2), [zoe.id, noah.id])
        XCTAssertEqual(state.message, "\(noah.name) is here")
        let progress = try XCTUnwrap(store.data.meetings[state.session.id])
        XCTAssertTrue(progress.attendance.contains(MeetingProgress.Attendance(id: noah.id, present: true)))
        // Leaving keeps them in the held record's attendees.
        store.press(&state, "esc", "q")
        XCTAssertTrue(store.data.sessions[state.session.id]?.attendees.contains(noah.id) ?? false)
        XCTAssertTrue(store.data.sessions[state.session.id]?.attendees.contains(zoe.id) ?? false)
    }

    // MARK: - 15.7 Adapting the agenda

    func testAgendaItemsAreAddedRenamedAndRetimedLiveAndKept() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        store.press(&state, "right")
        XCTAssertEqual(state.planAgainstSlot.text, "60:00 of a 60:00 slot")
        // A mistyped item keeps the line open with the reason.
        store.press(&state, "i")
        store.type(&state, "Deep dive on caching")
        store.press(&state, "enter")
        XCTAssertEqual(state.composer?.field.text, "Deep dive on caching")
        XCTAssertTrue(state.message?.contains("needs a timebox") ?? false, state.message ?? "")
        store.type(&state, "=15")
        store.press(&state, "enter")
        XCTAssertNil(state.composer)
        XCTAssertEqual(state.timer.slots.map(\.title)[1], "Deep dive on caching", "after the selected (current) item")
        XCTAssertEqual(state.agendaRow, 1)
        XCTAssertEqual(state.timer.currentIndex, 0, "the item on now stays on")
        XCTAssertTrue(state.messageIsError, "the plan now overruns the slot")
        XCTAssertEqual(state.planAgainstSlot.text, "75:00 of a 60:00 slot · 15:00 over")
        XCTAssertTrue(renderMeeting(state).description.contains("75:00 of a 60:00 slot"))
        var progress = try XCTUnwrap(store.data.meetings[state.session.id])
        XCTAssertEqual(progress.items[1].title, "Deep dive on caching")
        XCTAssertEqual(progress.items[1].plannedSeconds, 900)
        // Rename and re-time the selected item.
        store.press(&state, "c")
        XCTAssertEqual(state.composer?.field.text, "Deep dive on caching")
        for _ in 0..<"caching".count { store.press(&state, "backspace") }
        store.type(&state, "our cache")
        store.press(&state, "enter")
        store.press(&state, "t")
        XCTAssertEqual(state.composer?.field.text, "15")
        store.press(&state, "backspace", "backspace")
        store.type(&state, "0")
        store.press(&state, "enter")
        XCTAssertTrue(state.message?.contains("1 to 600") ?? false, "0 minutes is refused: \(state.message ?? "")")
        store.press(&state, "backspace")
        store.type(&state, "7")
        store.press(&state, "enter")
        progress = try XCTUnwrap(store.data.meetings[state.session.id])
        XCTAssertEqual(progress.items[1].title, "Deep dive on our cache")
        XCTAssertEqual(progress.items[1].plannedSeconds, 420)
        XCTAssertEqual(state.planAgainstSlot.text, "67:00 of a 60:00 slot · 7:00 over")
        // The note-taker's view follows the new item and the plan against the slot.
        let notesView = Self.open(store, state.session, now: state.now, role: .notes)
        XCTAssertEqual(notesView.timer.slots.map(\.title), state.timer.slots.map(\.title))
        XCTAssertTrue(renderMeeting(notesView).description.contains("⚠ 67:00 of a 60:00 slot"), renderMeeting(notesView).description)
        // A reopened screen has the item; leaving writes it into the held record's agenda.
        var reopened = Self.open(store, state.session, now: state.now)
        XCTAssertEqual(reopened.timer.slots.map(\.title), state.timer.slots.map(\.title))
        store.press(&reopened, "q")
        let agenda = try XCTUnwrap(store.data.sessions[state.session.id]?.agenda)
        XCTAssertEqual(agenda.count, 6)
        XCTAssertEqual(agenda[1].title, "Deep dive on our cache")
        XCTAssertEqual(agenda[1].minutes, 7)
        XCTAssertNoThrow(try store.data.sessions[state.session.id]!.validate())
    }

    func testAMeetingWithoutAnAgendaHasAMeetingTimerAndHugeExtensionsStop() throws {
        let (session, data) = Self.oneOff(agenda: [], minutes: 45)
        var (state, store) = Self.start(session, data)
        XCTAssertEqual(state.timer.slots.map(\.title), ["Meeting"])
        XCTAssertEqual(state.timer.plannedTotal, 45 * 60)
        XCTAssertEqual(state.planAgainstSlot.text, "45:00 of a 45:00 slot")
        store.press(&state, "space")
        store.send(.tick(state.now.addingTimeInterval(125)), to: &state)
        XCTAssertEqual(state.timer.current?.usedSeconds, 125)
        XCTAssertTrue(renderMeeting(state).description.contains("Meeting"))
        store.press(&state, "E")
        XCTAssertEqual(state.planAgainstSlot.text, "50:00 of a 45:00 slot · 5:00 over")
        XCTAssertTrue(state.planAgainstSlot.isOver)
        for _ in 0..<400 { store.press(&state, "E") }
        XCTAssertLessThanOrEqual(state.timer.plannedTotal, 24 * 3600)
        XCTAssertTrue(state.message?.contains("no more extensions") ?? false, state.message ?? "")
        // A reopened screen resumes the meeting timer; the held record keeps no made-up agenda item.
        var reopened = Self.open(store, session, now: state.now.addingTimeInterval(10))
        store.send(.tick(reopened.now), to: &reopened)
        XCTAssertEqual(reopened.timer.current?.usedSeconds, 135, "the running timer counted the gap")
        store.press(&reopened, "q")
        XCTAssertEqual(store.data.sessions[session.id]?.agenda, [])
        XCTAssertTrue(reopened.minutes().markdown.contains("| 1 | Meeting |"))
    }

    // MARK: - 15.8 Questions and ratings

    func testQuestionsOldestFirstMarkedAnsweredOrDismissedAndInTheMinutes() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        store.press(&state, "right")
        let session = state.session
        // Anonymous questions share one time; ids chosen so that sorting by id would reverse the order they came in.
        let first = AnonymousQuestion.note("Why Fridays?", session: session, id: UUID(uuidString: "FFFFFFFF-0000-4000-8000-000000000001")!)
        let second = AnonymousQuestion.note("Can we record talks?", session: session, id: UUID(uuidString: "00000000-0000-4000-8000-000000000002")!)
        store.data.upsert(first)
        store.send(.storeReloaded(store.data, notes: [first]), to: &state)
        store.data.upsert(second)
        store.send(.storeReloaded(store.data, notes: [first, second]), to: &state)
        XCTAssertEqual(state.questions.map(\.text), ["Why Fridays?", "Can we record talks?"])
        XCTAssertEqual(store.data.meetings[session.id]?.questions?.map(\.id), [first.id, second.id], "the order is kept in the progress record")
        store.press(&state, "v")
        XCTAssertEqual(state.overlay, .questions(row: 0))
        store.press(&state, "a")
        XCTAssertEqual(state.questionStatus[first.id], .answered)
        XCTAssertEqual(state.overlay, .questions(row: 1), "on to the next question")
        store.press(&state, "d")
        XCTAssertEqual(state.questionStatus[second.id], .dismissed)
        let overlay = renderMeeting(state).description
        XCTAssertTrue(overlay.contains("✓ answered") && overlay.contains("✗ dismissed"), overlay)
        // Marked again: open again.
        store.press(&state, "d")
        XCTAssertNil(state.questionStatus[second.id])
        store.press(&state, "d")
        let stored = try XCTUnwrap(store.data.meetings[session.id]?.questions)
        XCTAssertEqual(stored, [.init(id: first.id, status: .answered), .init(id: second.id, status: .dismissed)])
        // A reopened screen and the note-taker's view keep the order and the marks.
        let reopened = Self.open(store, session, now: state.now)
        XCTAssertEqual(reopened.questions.map(\.id), [first.id, second.id])
        XCTAssertEqual(reopened.questionStatus, [first.id: .answered, second.id: .dismissed])
        let notes = Self.open(store, session, now: state.now, role: .notes)
        XCTAssertEqual(notes.questions.map(\.id), [first.id, second.id])
        // The minutes list both.
        let minutes = reopened.minutes().markdown
        XCTAssertTrue(minutes.contains("## Questions answered\n\n- Why Fridays?"), minutes)
        XCTAssertTrue(minutes.contains("## Questions dismissed\n\n- Can we record talks?"), minutes)
        // The note-taker's view lists them but does not mark them.
        var notesView = notes
        _ = reduceMeeting(&notesView, .key(.char("v")))
        _ = reduceMeeting(&notesView, .key(.char("a")))
        XCTAssertEqual(notesView.questionStatus, [first.id: .answered, second.id: .dismissed])
    }

    func testAMistypedRatingIsTakenBackAndRatingsFromOtherTerminalsCount() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        store.press(&state, "right", "W", "4", "1")
        XCTAssertEqual(state.ratings, [4, 1])
        store.press(&state, "backspace")
        XCTAssertEqual(state.ratings, [4], "the mistyped 1 is taken back")
        XCTAssertEqual(store.data.meetings[state.session.id]?.ratings.map(\.value), [4])
        // A vote from another terminal (as `guild rate-meeting` writes it: a random id) is counted, kept and never taken back here.
        var progress = try XCTUnwrap(store.data.meetings[state.session.id])
        progress.ratings.append(MeetingProgress.Vote(id: UUID(uuidString: "12345678-9ABC-4DEF-8123-456789ABCDEF")!, value: 2))
        store.data.upsert(progress)
        let taken = store.send(.storeReloaded(store.data, notes: []), to: &state)
        XCTAssertEqual(state.allRatings.sorted(), [2, 4])
        XCTAssertTrue(MeetingStoreDouble.saved(MeetingProgress.self, in: taken).isEmpty,
                      "taking in a vote from elsewhere writes nothing (no time of its own in the record)")
        XCTAssertTrue(renderMeeting(state).description.contains("2 votes"))
        store.press(&state, "backspace", "backspace")
        XCTAssertEqual(state.ratings, [])
        XCTAssertEqual(state.message, "No rating given on this screen to take back")
        XCTAssertEqual(store.data.meetings[state.session.id]?.ratings.map(\.value), [2], "the remote vote stays")
        store.press(&state, "5")
        store.press(&state, "enter")
        XCTAssertEqual(store.data.sessions[state.session.id]?.ratings, [2, 5])
        XCTAssertTrue(store.minutes?.contains("3.5 / 5 from 2 anonymous votes") ?? false, store.minutes ?? "")
    }

    func testRatingsFromOtherTerminalsAreTheirOwnAnonymousRecordsCountedOnceAndATakeBackSurvivesARestart() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        let session = state.session
        store.press(&state, "right", "W", "4", "1")
        // Two votes from other terminals, as `guild rate-meeting` saves them: records of their own, no author, a random
        // id, the session's start as their time, marked for the anonymous branch.
        let remote = [MeetingVote.given(3, to: session, id: UUID(uuidString: "C0FFEE00-0000-4000-8000-000000000001")!),
                      MeetingVote.given(5, to: session, id: UUID(uuidString: "0DDBA11A-0000-4000-8000-000000000002")!)]
        XCTAssertTrue(remote.allSatisfy { $0.anonymous && $0.updatedAt == session.start && $0.sessionID == session.id })
        for vote in remote { store.data.upsert(vote) }
        let taken = store.send(.storeReloaded(store.data, notes: []), to: &state)
        XCTAssertEqual(state.allRatings.sorted(), [1, 3, 4, 5], "the shared screen counts them with its own")
        XCTAssertTrue(renderMeeting(state).description.contains("4 votes"))
        XCTAssertTrue(MeetingStoreDouble.saved(MeetingProgress.self, in: taken).isEmpty, "taking them in writes nothing")
        XCTAssertEqual(store.data.meetings[session.id]?.ratings.map(\.value), [1, 4],
                       "the progress record keeps only the votes given on the shared screen: nothing counted twice")
        // The screen restarts (q, a crash): the take-back key still takes back a vote given here, named by its key,
        // since the record keeps the votes but never the order they came in.
        store.press(&state, "q")
        var reopened = Self.open(store, session, now: state.now)
        XCTAssertEqual(reopened.step, .wrapUp)
        XCTAssertEqual(reopened.allRatings.sorted(), [1, 3, 4, 5])
        store.press(&reopened, "backspace")
        XCTAssertTrue(reopened.message?.hasPrefix("Which rating to take back? 1–5") ?? false, reopened.message ?? "")
        store.press(&reopened, "1")
        XCTAssertEqual(reopened.ratings, [4])
        XCTAssertEqual(store.data.meetings[session.id]?.ratings.map(\.value), [4], "taken back durably")
        // A vote from another terminal is never taken back here; another key leaves every vote as it was.
        store.press(&reopened, "backspace", "3")
        XCTAssertEqual(reopened.message, "No 3 was given on this screen: nothing taken back")
        store.press(&reopened, "backspace", "down", "4")
        XCTAssertEqual(reopened.allRatings.sorted(), [3, 4, 4, 5], "after another key, 4 rates again")
        // The wrap-up and the minutes count each vote once.
        store.press(&reopened, "enter")
        XCTAssertEqual(store.data.sessions[session.id]?.ratings, [3, 4, 4, 5])
        XCTAssertTrue(store.minutes?.contains("4.0 / 5 from 4 anonymous votes") ?? false, store.minutes ?? "")
        let exported = MinutesDocument(progress: try XCTUnwrap(store.data.meetings[session.id]), session: try XCTUnwrap(store.data.sessions[session.id]),
                                       data: store.data, notes: [], calendar: Fixtures.calendar).markdown
        XCTAssertTrue(exported.contains("4.0 / 5 from 4 anonymous votes"), exported)
    }

    func testAGuestsNameInTheRoundIsCutAtTheEndNeverReadAsAFirstAndLastName() throws {
        let round = AgendaItem(id: UUID(uuidString: "0F0F0F0F-0000-4000-8000-00000000AB09")!, title: "Round: first impressions", minutes: 10,
                               isRound: true)
        let (session, data) = Self.oneOff(agenda: [round])
        var (state, store) = Self.start(session, data)
        store.press(&state, "enter", "A", "g")
        store.type(&state, "Priyanka from the Acme design studio")
        store.press(&state, "enter", "esc")
        let guest = try XCTUnwrap(state.guests.first?.key)
        XCTAssertEqual(state.fittedName(of: guest, width: 16), "Priyanka from t…")
        let screen = renderMeeting(state).description
        XCTAssertFalse(screen.contains("Priyanka s."), screen)
        XCTAssertTrue(screen.contains("Priyanka from"), screen)
    }

    func testAfterTheWrapUpTheClockKeysChangeNothingAndTheNoteTakerCanStillAddANote() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        store.press(&state, "right", "W", "enter")
        XCTAssertEqual(state.step, .finished)
        let planned = state.timer.plannedTotal
        let running = state.timer.isRunning
        store.press(&state, "space")
        XCTAssertEqual(state.message, "The meeting is finished: its times are in the minutes")
        store.press(&state, "e", "E")
        XCTAssertEqual(state.timer.plannedTotal, planned, "no extension after the wrap-up")
        XCTAssertEqual(state.timer.isRunning, running)
        let hints = renderMeeting(state).description.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertFalse(hints.contains("start/pause") || hints.contains("+1m"), hints)
        // The note-taker's view of the finished meeting still takes a note; the minutes are made with it.
        var notes = Self.open(store, state.session, now: state.now, role: .notes)
        XCTAssertEqual(notes.step, .finished)
        store.press(&notes, "n")
        store.type(&notes, "late: slides are on the wiki")
        store.press(&notes, "enter")
        XCTAssertEqual(notes.message, "Note saved")
        let late = try XCTUnwrap(store.data.notes.values.first { $0.text == "late: slides are on the wiki" })
        XCTAssertEqual(late.writer, .noteTaker)
        let minutes = Self.open(store, state.session, now: state.now).minutes().markdown
        XCTAssertTrue(minutes.contains("late: slides are on the wiki"), minutes)
    }

    func testTheNoteTakersFollowPanelNamesTheItemOnNowFirstThenWhichItemItIs() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        store.press(&state, "right", "right")
        let item = try XCTUnwrap(state.timer.current)
        let held = try XCTUnwrap(store.data.sessions[state.session.id] ?? state.session)
        let notes = MeetingState(session: held, data: store.data, notes: [], role: .notes, seed: 42, ids: IDSource(seed: 3), now: state.now,
                                 calendar: Fixtures.calendar, size: Size(width: 80, height: 24), theme: Fixtures.catalog.defaultTheme)
        let screen = renderMeeting(notes).description
        let expected = "Now: \(item.title) · item \(state.timer.currentIndex + 1) of \(state.timer.slots.count)"
        XCTAssertTrue(screen.contains(String(expected.prefix(36))), screen)
        XCTAssertFalse(screen.contains("Now \(state.timer.currentIndex + 1)/"), screen)
    }

    func testHereAwayIsHintedInTheAttendanceListOnlyNotOverTheNotesOrQuestions() throws {
        var state = MeetingReducerTests.meeting()
        var store = MeetingStoreDouble(data: state.data)
        store.press(&state, "right")
        func hints() -> String { renderMeeting(state).description.split(separator: "\n").last.map(String.init) ?? "" }
        store.press(&state, "A")
        XCTAssertTrue(hints().contains("here/away"), hints())
        store.press(&state, "esc", "N")
        XCTAssertEqual(state.overlay, .notes(row: 0))
        XCTAssertFalse(hints().contains("here/away"), hints())
        store.press(&state, "esc", "v")
        XCTAssertFalse(hints().contains("here/away"), hints())
    }
}
