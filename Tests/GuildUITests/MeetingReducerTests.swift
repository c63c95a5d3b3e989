import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// The meeting screen's reducer: keys and clock ticks in, exact state and effects out (fixed clock, fixed seed, fixed
/// id source). `press` stands in for the runtime with a store that saves everything as asked.
final class MeetingReducerTests: XCTestCase {
    /// The sample team's weekly meeting on its next Friday, held and live, with the clock at its start.
    static func meeting(role: MeetingRole = .shared, width: Int = 120, height: Int = 40, seed: UInt64 = 42, keymap: Keymap = .standard,
                        data: GuildData = Fixtures.sample) -> MeetingState {
        let series = data.sessions.values.first { $0.recurrence != nil && $0.title == "Weekly tech meeting" }!
        let occurrence = UpcomingSessions.list(in: data, now: Fixtures.now, calendar: Fixtures.calendar).first { $0.session.id == series.id }!
        var held = HeldSession.record(for: occurrence, in: data, now: Fixtures.now)
        held.status = .live
        return MeetingState(session: held, data: data, notes: [], role: role, seed: seed, ids: IDSource(seed: 7), now: occurrence.start,
                            calendar: Fixtures.calendar, size: Size(width: width, height: height), theme: Fixtures.catalog.defaultTheme,
                            keymap: keymap)
    }

    /// A TestStore on the meeting's reducer, starting at `state` (keep it local to the test: see `TestStore`).
    static func store(_ state: MeetingState = meeting(), file: StaticString = #filePath, line: UInt = #line)
        -> TestStore<MeetingState, MeetingAction, MeetingEffect> {
        TestStore(initialState: state, reducer: reduceMeeting, file: file, line: line)
    }

    /// Sends keys as the runtime would: each `.save` is answered by `store` (nil: saved as asked; else the reason it
    /// was refused). Returns every effect performed, in order.
    @discardableResult
    static func press(_ state: inout MeetingState, _ specs: String..., store: (MeetingSave) -> String? = { _ in nil }) -> [MeetingEffect] {
        specs.flatMap { send(&state, .key(Key(spec: $0)!), store: store) }
    }

    /// Sends one action and performs its effects as `press` does.
    @discardableResult
    static func send(_ state: inout MeetingState, _ action: MeetingAction, store: (MeetingSave) -> String? = { _ in nil }) -> [MeetingEffect] {
        var performed: [MeetingEffect] = []
        var effects = reduceMeeting(&state, action)
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            performed.append(effect)
            guard case .save(let save) = effect else { continue }
            if let reason = store(save) {
                effects += reduceMeeting(&state, .saveFailed(save, message: reason))
            } else {
                effects += reduceMeeting(&state, .saved(save))
            }
        }
        return performed
    }

    /// The record of the `index`th save among `effects`, as a `R`.
    static func saved<R>(_ effects: [MeetingEffect], _ type: R.Type, index: Int = 0) -> R? {
        let saves = effects.compactMap { effect -> R? in
            if case .save(let save) = effect { return save.record?.record as? R }
            return nil
        }
        return saves.indices.contains(index) ? saves[index] : nil
    }

    static func type(_ state: inout MeetingState, _ text: String) {
        for character in text { _ = reduceMeeting(&state, .key(.char(character))) }
    }

    static func tick(_ state: inout MeetingState, seconds: TimeInterval) {
        _ = reduceMeeting(&state, .tick(state.now.addingTimeInterval(seconds)))
    }

    func testOpensOnTheReviewOfEarlierActionsAndDecidesEachInPlace() throws {
        let store = Self.store()
        XCTAssertEqual(store.state.step, .review)
        XCTAssertEqual(store.state.review.count, 9)
        let now = store.state.now
        let (first, second, third) = (store.state.review[0], store.state.review[1], store.state.review[2])
        var done = first
        done.setDone(true, at: now)
        // The decision is a change against the item as the meeting has it; it shows once the store has it.
        let decided = MeetingSave(done, base: first, purpose: .review(.done))
        store.send(.press("d")) { $0.advanceClock(to: now) }  // every command settles the clock first
        store.receive(.save(decided))
        store.send(.saved(decided)) {
            $0.data.upsert(done)
            $0.reviewOutcomes[first.id] = .done
            $0.reviewRow = 1  // moves on to the next item
        }
        store.receiveProgress { $0.review.first?.outcome == .done }
        // Carrying an open item over changes nothing on disk but the meeting's progress.
        store.send(.press("c")) {
            $0.reviewOutcomes[second.id] = .carriedOver
            $0.reviewRow = 2
        }
        store.receiveProgress { $0.review[1].outcome == .carriedOver }
        var dropped = third
        dropped.status = .dropped
        dropped.updatedAt = now
        let drop = MeetingSave(dropped, base: third, purpose: .review(.dropped))
        store.send(.press("x"))
        store.receive(.save(drop))
        store.send(.saved(drop)) {
            $0.data.upsert(dropped)
            $0.reviewOutcomes[third.id] = .dropped
            $0.reviewRow = 3
        }
        store.receiveProgress { $0.review[2].outcome == .dropped }
        store.send(.press("k")) { $0.reviewRow = 2 }
        store.send(.press("k")) { $0.reviewRow = 1 }
        store.send(.press("k")) { $0.reviewRow = 0 }
        // Carrying a done item over re-opens it.
        var reopened = done
        reopened.setDone(false, at: now)
        let reopen = MeetingSave(reopened, base: done, purpose: .review(.carriedOver))
        store.send(.press("c"))
        store.receive(.save(reopen))
        store.send(.saved(reopen)) {
            $0.data.upsert(reopened)
            $0.reviewOutcomes[first.id] = .carriedOver
            $0.reviewRow = 1
        }
        store.receiveProgress { $0.review[0].outcome == .carriedOver }
        store.send(.press("right")) {
            $0.step = .agenda
            $0.enterCurrentItem()
        }
        store.receiveProgress { $0.step == .agenda && $0.review.count == 9 }
    }

    func testTimerRunsPausesExtendsAndMovesOn() {
        let store = Self.store()
        let start = store.state.now
        store.send(.press("right")) {
            $0.advanceClock(to: start)  // every command settles the clock first
            $0.step = .agenda
        }
        store.receiveProgress { $0.step == .agenda }
        store.send(.press("space")) {
            $0.timer.start(at: start)
            $0.message = "Timer running"
        }
        store.receiveProgress { $0.timerRunning && $0.settledAt == start }
        store.send(.tick(start.addingTimeInterval(200))) { $0.advanceClock(to: start.addingTimeInterval(200)) }
        XCTAssertEqual(store.state.timer.current?.usedSeconds, 200)
        XCTAssertEqual(store.state.timer.current?.phase, .onTime)
        store.send(.tick(start.addingTimeInterval(350))) { $0.advanceClock(to: start.addingTimeInterval(350)) }
        XCTAssertEqual(store.state.timer.current?.phase, .over)
        let title = store.state.timer.current?.title ?? ""
        store.send(.press("e")) {
            $0.timer.extend(byMinutes: 1)
            $0.agendaEdited = true  // the meeting's saves now carry the agenda
            // The plan against the session's slot, a warning once the extensions overrun it (15.7).
            $0.message = "Extended \"\(title)\" by 1 minute · plan 61:00 of a 60:00 slot · 1:00 over"
            $0.messageIsError = true
        }
        store.receiveProgress("time used and the extension, settled at the key") {
            $0.items[0].usedSeconds == 350 && $0.items[0].plannedSeconds == 360 && $0.settledAt == start.addingTimeInterval(350)
        }
        XCTAssertEqual(store.state.timer.current?.plannedSeconds, 360)
        store.send(.press("E")) {
            $0.timer.extend(byMinutes: 5)
            $0.message = "Extended \"\(title)\" by 5 minutes · plan 66:00 of a 60:00 slot · 6:00 over"
        }
        store.receiveProgress { $0.items[0].plannedSeconds == 660 }
        XCTAssertEqual(store.state.timer.current?.plannedSeconds, 660)
        store.send(.press("space")) {
            $0.timer.pause(at: $0.now)
            $0.message = "Timer paused"
            $0.messageIsError = false
        }
        store.receiveProgress { !$0.timerRunning }
        store.send(.tick(start.addingTimeInterval(450))) { $0.advanceClock(to: start.addingTimeInterval(450)) }
        XCTAssertEqual(store.state.timer.current?.usedSeconds, 350, "paused: no time counted")
        store.send(.press("space")) {
            $0.timer.start(at: $0.now)
            $0.message = "Timer running"
        }
        store.receiveProgress { $0.timerRunning }
        store.send(.press("]")) {
            $0.message = nil  // a notice lasts until the next key
            _ = $0.timer.next(at: $0.now)
            $0.enterCurrentItem()
        }
        store.receiveProgress("the round, its order and the current item") { $0.currentItemID == $0.items[1].id && $0.rounds.count == 1 }
        XCTAssertEqual(store.state.timer.currentIndex, 1)
        XCTAssertTrue(store.state.timer.isRunning)
        store.send(.press("[")) {
            _ = $0.timer.previous(at: $0.now)
            $0.agendaRow = 0
        }
        store.receiveProgress { $0.currentItemID == $0.items[0].id }
        XCTAssertEqual(store.state.timer.currentIndex, 0)
    }

    func testReorderMovesTheSelectedItem() throws {
        let store = Self.store()
        store.send(.press("right")) {
            $0.advanceClock(to: $0.now)  // every command settles the clock first
            $0.step = .agenda
        }
        store.receiveProgress { $0.step == .agenda }
        for row in 1...3 { store.send(.press("j")) { $0.agendaRow = row } }
        let moved = store.state.timer.slots[3].title
        store.send(.press("K")) {
            $0.agendaRow = $0.timer.move(3, by: -1)
            $0.agendaEdited = true
        }
        store.receiveProgress { $0.items[2].title == moved }
        store.send(.press("K")) { $0.agendaRow = $0.timer.move(2, by: -1) }
        store.receiveProgress { $0.items[1].title == moved }
        XCTAssertEqual(store.state.timer.slots[1].title, moved)
        XCTAssertEqual(store.state.agendaRow, 1)
        XCTAssertEqual(store.state.timer.currentIndex, 0)
        // Leaving keeps the new order: a change against the record the meeting started from; the screen closes once saved.
        let leaving = try XCTUnwrap(store.state.progressSave())
        guard case .session(let held)? = leaving.record else { return XCTFail("\(leaving)") }
        XCTAssertEqual(held.agenda[1].title, moved)
        XCTAssertEqual(leaving.change.before, .session(store.state.session))
        store.send(.press("q")) { $0.message = "Saving…" }
        store.receive(.save(leaving))
        store.send(.saved(leaving)) {
            $0.session = held
            $0.data.upsert(held)
            $0.shouldQuit = true
        }
        store.receive(.leave)
    }

    func testRoundWalksThroughPeopleWithPerSpeakerTimeAndBalance() throws {
        var state = Self.meeting()
        Self.press(&state, "right", "space", "]")
        let round = try XCTUnwrap(state.currentRound, "the second item is a round")
        XCTAssertEqual(Set(round.order), Set(state.present))
        // Last week's round order is recorded in its progress record: its first speaker does not start again.
        let lastWeek = try XCTUnwrap(HeldSession.earlier(than: state.session, in: state.data).last { $0.seriesID == state.session.seriesID })
        let lastFirst = try XCTUnwrap(state.data.meetings[lastWeek.id]?.rounds.last?.order.first)
        XCTAssertNotEqual(round.order.first, lastFirst, "not the one who started last week's round")
        XCTAssertEqual(round.order, RoundOrder.make(people: state.present, lastFirst: lastFirst, seed: 42))
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
        Self.press(&state, "tab")
        XCTAssertEqual(state.composer?.purpose, .note(.support), "Tab changes the kind")
        Self.press(&state, "tab", "btab")
        XCTAssertEqual(state.composer?.purpose, .note(.support), "S-Tab changes it back")
        Self.type(&state, "Friday slot works + more")
        XCTAssertEqual(state.composer?.field.text, "Friday slot works + more")
        guard let note = Self.saved(Self.press(&state, "enter"), NoteEntry.self) else { return XCTFail("a note is saved") }
        XCTAssertEqual(note.kind, .support)
        XCTAssertEqual(note.sessionID, state.session.id)
        XCTAssertEqual(note.agendaItemID, state.timer.current?.id)
        XCTAssertNil(state.composer)

        Self.press(&state, "a")
        Self.type(&state, "Write the RFC @zoe due:2026-12-04 #docs")
        guard let item = Self.saved(Self.press(&state, "enter"), ActionItem.self) else { return XCTFail("an action item is saved") }
        XCTAssertEqual(item.title, "Write the RFC")
        XCTAssertEqual(item.owner, state.data.person(handle: "zoe")?.id)
        XCTAssertEqual(item.due, Day(iso: "2026-12-04"))
        XCTAssertEqual(item.sessionID, state.session.id)
        Self.press(&state, "a")
        Self.type(&state, "Nobody @nobody")
        XCTAssertEqual(Self.press(&state, "enter"), [])
        XCTAssertEqual(state.message?.hasPrefix("No one has the handle @nobody"), true, state.message ?? "")
        XCTAssertNotNil(state.composer, "the line stays to be fixed")
        Self.press(&state, "esc")

        Self.press(&state, "P")
        Self.type(&state, "Kafka deep dive")
        guard let parked = Self.saved(Self.press(&state, "enter"), NoteEntry.self) else { return XCTFail("parked") }
        XCTAssertTrue(ParkingLot.isParked(parked))
        XCTAssertEqual(state.parked.map { ParkingLot.title(of: $0) }, ["Kafka deep dive"])

        Self.press(&state, "Q")
        Self.type(&state, "Why Fridays?")
        guard let question = Self.saved(Self.press(&state, "enter"), NoteEntry.self) else { return XCTFail("asked") }
        XCTAssertNil(question.author)
        XCTAssertEqual(question.createdAt, state.session.start)
        XCTAssertEqual(state.questions.map(\.text), ["Why Fridays?"])
    }

    /// 15.2: once a line is open every printable key is text, so a note can begin with any kind letter or symbol.
    func testNotesBeginningWithKindKeysAreSavedVerbatim() throws {
        let lines = ["deploy freeze starts next week", "next steps agreed", "learned about k8s", "ship it friday", "fix the flaky test",
                     "pairing went well", "+1 from ops", "- not everyone agrees", "? who owns the backlog", "Don't forget", "E2E", "qa sign-off",
                     "u r welcome", "x marks the spot", "a b c", "P0 incident", "Q4 plans", "N+1 queries", "W3C specs", "[draft] plan",
                     "] closing", " space first", "jk lol", "e-mail rules"]
        for opener in MeetingCommand.noteKinds {
            var state = Self.meeting()
            Self.press(&state, "right")
            let key = try XCTUnwrap(state.keymap.binding(opener.rawValue)?.keys.first?.spec)
            for line in lines {
                Self.press(&state, key)
                XCTAssertEqual(state.composer?.purpose, opener.noteKind.map { .note($0) })
                Self.type(&state, line)
                XCTAssertEqual(state.composer?.field.text, line, "typed after \(key)")
                guard let note = Self.saved(Self.press(&state, "enter"), NoteEntry.self) else { return XCTFail("\(line) saved") }
                XCTAssertEqual(note.text, line.trimmingCharacters(in: .whitespaces))
                XCTAssertEqual(note.kind, opener.noteKind)
            }
        }
        // The kind changes only with Tab / S-Tab, shown as the line's label; the text stays.
        var state = Self.meeting()
        Self.press(&state, "right", "n")
        Self.type(&state, "deploy freeze")
        XCTAssertEqual(state.composer?.label, "Note")
        Self.press(&state, "tab")
        XCTAssertEqual(state.composer?.label, "Decision")
        XCTAssertEqual(state.composer?.field.text, "deploy freeze")
        XCTAssertTrue(renderMeeting(state).description.contains("Decision ▸ deploy freeze"))
        Self.press(&state, "btab", "btab")
        XCTAssertEqual(state.composer?.purpose, .anonymousQuestion, "S-Tab wraps round to the last kind")
        Self.press(&state, "btab")
        XCTAssertEqual(state.composer?.purpose, .parking)
        Self.press(&state, "btab")
        XCTAssertEqual(state.composer?.purpose, .action)
        Self.type(&state, " @zoe")
        guard let item = Self.saved(Self.press(&state, "enter"), ActionItem.self) else { return XCTFail("an action item is saved") }
        XCTAssertEqual(item.title, "deploy freeze")
    }

    /// 15.11: the action line previews owner and due as it is typed, says why it cannot be used, and finds handles
    /// ignoring accents and case.
    func testActionLinePreviewsOwnerAndDueAndSaysWhyItRefuses() throws {
        var state = Self.meeting()
        Self.press(&state, "right", "a")
        Self.type(&state, "Write the RFC @Zoë due:next fri #docs")
        var screen = renderMeeting(state).description
        XCTAssertTrue(screen.contains("Owner Zoë Ångström"), screen)
        let friday = try XCTUnwrap(DateInput.parse("next fri", now: state.now, calendar: state.calendar).day)
        XCTAssertTrue(screen.contains("Due \(DateText.shortDay(friday))"), screen)
        XCTAssertTrue(screen.contains("Tag #docs"), screen)
        guard let item = Self.saved(Self.press(&state, "enter"), ActionItem.self) else { return XCTFail("saved: \(state.message ?? "")") }
        XCTAssertEqual(item.title, "Write the RFC")
        XCTAssertEqual(item.owner, state.data.person(handle: "zoe")?.id, "@Zoë is zoe")
        XCTAssertEqual(item.due, friday)
        XCTAssertEqual(item.tag, "docs")

        Self.press(&state, "a")
        Self.type(&state, "Book a room due:2026-02-30")
        screen = renderMeeting(state).description
        XCTAssertTrue(screen.contains("⚠ due: "), screen)
        XCTAssertTrue(screen.contains("2026-02-30"), screen)
        XCTAssertEqual(Self.press(&state, "enter"), [], "refused")
        XCTAssertEqual(state.message?.hasPrefix("Action item: due: "), true, state.message ?? "")
        XCTAssertTrue(renderMeeting(state).description.contains("Action item: due: "), "the reason is on screen")
        XCTAssertEqual(state.composer?.field.text, "Book a room due:2026-02-30", "the line stays to be fixed")
        Self.press(&state, "esc", "a")
        Self.type(&state, "Book a room @zoee")
        screen = renderMeeting(state).description
        XCTAssertTrue(screen.contains("⚠ nobody is @zoee — did you mean @zoe"), screen)
        XCTAssertEqual(Self.press(&state, "enter"), [])
        XCTAssertEqual(state.message, "No one has the handle @zoee — did you mean @zoe (Zoë Ångström)?")
    }

    /// 15.4: a note that is not a round contribution carries its writer's role (the shared screen is the
    /// facilitator's), never a guessed speaker, even when typed during someone's turn; anonymous questions carry nothing.
    func testNotesOutsideARoundCarryTheirWritersRoleNeverASpeaker() throws {
        for (role, writer) in [(MeetingRole.shared, NoteEntry.Writer.facilitator), (.notes, .noteTaker)] {
            var shared = Self.meeting()
            Self.press(&shared, "right", "]")
            let speaker = try XCTUnwrap(shared.currentRound?.speaker)
            var state = shared
            if role == .notes {
                state = MeetingState(session: shared.session, data: Fixtures.sample, notes: [], role: .notes, seed: 1, ids: IDSource(seed: 3),
                                     now: shared.now, calendar: Fixtures.calendar, size: Size(width: 80, height: 24),
                                     theme: Fixtures.catalog.defaultTheme)
                _ = reduceMeeting(&state, .storeReloaded(Self.withProgress(of: shared), notes: []))
            }
            XCTAssertEqual(state.currentRound?.speaker, speaker, "the note-taker follows the round")
            for key in ["n", "d", "+", "-", "P"] {
                Self.press(&state, key)
                Self.type(&state, "typed during a turn")
                guard let note = Self.saved(Self.press(&state, "enter"), NoteEntry.self) else { return XCTFail("\(key) saved") }
                XCTAssertNil(note.author, "\(key): no guessed speaker")
                XCTAssertEqual(note.writer, writer, "\(key) on \(role)")
            }
            Self.press(&state, "s")
            Self.type(&state, "shipped")
            let success = try XCTUnwrap(Self.saved(Self.press(&state, "enter"), NoteEntry.self))
            XCTAssertEqual(success.author, speaker, "a round contribution is the speaker's")
            Self.press(&state, "Q")
            Self.type(&state, "anyone?")
            let question = try XCTUnwrap(Self.saved(Self.press(&state, "enter"), NoteEntry.self))
            XCTAssertNil(question.author)
            XCTAssertNil(question.writer, "an anonymous question says nothing of who asked")
        }
    }

    /// `Fixtures.sample` with the shared screen's progress record as the store would have it.
    static func withProgress(of shared: MeetingState) -> GuildData {
        var data = Fixtures.sample
        data.upsert(shared.session)
        data.upsert(shared.progress())
        return data
    }

    func testRoundNotesAreTheSpeakers() throws {
        var state = Self.meeting()
        Self.press(&state, "right", "]", "s")
        Self.type(&state, "Shipped it")
        guard let note = Self.saved(Self.press(&state, "enter"), NoteEntry.self) else { return XCTFail("saved") }
        XCTAssertEqual(note.author, state.currentRound?.speaker)
        XCTAssertEqual(note.kind, .success)
    }

    func testStoreReloadBringsNotesFromTheOtherInstanceAndQueuesNewQuestions() {
        var state = Self.meeting()
        let fromNotes = NoteEntry(sessionID: state.session.id, kind: .decision, text: "From the note-taker", createdAt: state.now)
        let asked = AnonymousQuestion.note("Anyone?", session: state.session, id: UUID())
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
        guard let note = Self.saved(Self.press(&state, "enter"), NoteEntry.self) else { return XCTFail("saved") }
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
        guard let topic = Self.saved(Self.press(&state, "t"), Topic.self) else { return XCTFail("promoted") }
        XCTAssertEqual(topic.title, "Kafka deep dive")
        XCTAssertEqual(Self.press(&state, "t"), [], "only once")
        let next = state.nextRotation
        let effects = Self.press(&state, "enter")
        XCTAssertEqual(state.step, .finished)
        let minutes = effects.compactMap { effect -> (UUID, String)? in
            if case .writeMinutes(let id, let markdown) = effect { return (id, markdown) }
            return nil
        }
        guard let held = Self.saved(effects, Session.self), let series = Self.saved(effects, Session.self, index: 1),
              let (id, markdown) = minutes.first else { return XCTFail("\(effects)") }
        let progress = try XCTUnwrap(Self.saved(effects, MeetingProgress.self, index: 0))
        XCTAssertEqual(progress.step, .finished, "the progress record says the meeting finished")
        XCTAssertEqual(progress.ratings.map(\.value), [3, 4, 5], "sorted, so the order of votes says nothing")
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

extension TestStore where Effect == MeetingEffect {
    /// Takes the next effect: the meeting's progress record saved, matching `matches`.
    func receiveProgress(_ description: String = "the progress record saved", file: StaticString = #filePath, line: UInt = #line,
                         where matches: (MeetingProgress) -> Bool = { _ in true }) {
        receive(description, file: file, line: line) { effect in
            guard case .save(let save) = effect, save.purpose == .meetingProgress, case .meeting(let progress)? = save.record else { return false }
            return matches(progress)
        }
    }
}
