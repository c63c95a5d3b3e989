import Foundation
import GuildCore
@testable import GuildCLI
import GuildUI
import TerminalGrid
import XCTest

/// The one run loop, driven by a scripted terminal and a fake clock: key batching, the idle step, ticks, quit signals,
/// effects performed with their outcomes fed back, and watches — first on a tiny counter program, then on the meeting.
final class ProgramTests: XCTestCase {
    /// A program small enough to see every step: it logs what reached its reducer.
    struct Log {
        var entries: [String] = []
        var idleWork = false
        var isDone = false
    }

    enum LogAction {
        case key(Key)
        case tick(Date)
        case idle
        case outcome(String)
    }

    enum LogEffect: Equatable {
        case echo(String)
    }

    static let start = Date(timeIntervalSince1970: 1_800_000_030)

    static func definition(ticks: ClockTicks = .everyMinute) -> ProgramDefinition<Log, LogAction, LogEffect> {
        ProgramDefinition(
            reduce: { state, action in
                switch action {
                case .key(.char("q")):
                    state.isDone = true
                case .key(.char("e")):
                    state.entries.append("key e")
                    return [.echo("e")]
                case .key(let key):
                    state.entries.append("key \(key)")
                case .tick(let date):
                    state.entries.append("tick \(Int(date.timeIntervalSince(start)))")
                case .idle:
                    state.idleWork = false
                    state.entries.append("idle")
                case .outcome(let text):
                    state.entries.append("outcome \(text)")
                }
                return []
            },
            render: { state in Grid(lines: ["\(state.entries.count) entries"]) },
            isFinished: \.isDone, hasIdleWork: \.idleWork,
            action: { event in
                switch event {
                case .key(let key): .key(key)
                case .tick(let date): .tick(date)
                case .idle: .idle
                case .quitSignal: nil
                }
            },
            ticks: ticks)
    }

    private func program(_ terminal: ScriptedTerminal, state: Log = Log(), ticks: ClockTicks = .everyMinute, now: @escaping () -> Date = { start },
                         perform: @escaping (LogEffect, Log) -> [LogAction] = { _, _ in [] },
                         watches: [(Log) -> [LogAction]] = [], afterFirstFrame: [(Log) -> [LogAction]] = []) -> Program<Log, LogAction, LogEffect> {
        Program(state: state, definition: Self.definition(ticks: ticks), terminal: terminal, now: now, perform: perform, watches: watches,
                afterFirstFrame: afterFirstFrame)
    }

    func testEveryKeyAlreadyWaitingIsAppliedBeforeTheNextFrame() {
        let terminal = ScriptedTerminal([.key(.char("a")), .key(.char("b")), .key(.char("c")), .key(nil), .key(.char("q"))])
        let program = program(terminal)
        XCTAssertEqual(program.run(), 0)
        XCTAssertEqual(program.state.entries, ["key char(\"a\")", "key char(\"b\")", "key char(\"c\")"])
        XCTAssertEqual(terminal.frames.map(\.description).map { $0.trimmingCharacters(in: .whitespaces) }, ["0 entries", "3 entries"],
                       "one frame before the keys, one after all three")
        XCTAssertEqual(terminal.waits, [250, 0, 0, 0, 250], "waits for the first key, then only takes what is already waiting")
    }

    func testAFrameIsDrawnAtLeastEvery64Keys() {
        let terminal = ScriptedTerminal(Array(repeating: .key(.char("x")), count: 100) + [.key(.char("q"))])
        let program = program(terminal)
        XCTAssertEqual(program.run(), 0)
        XCTAssertEqual(terminal.frames.map { $0.line(0).trimmingCharacters(in: .whitespaces) }, ["0 entries", "64 entries"])
        XCTAssertEqual(program.state.entries.count, 100)
    }

    func testTheIdleStepRunsOnceTheFrameIsOnScreenAndNoKeyIsWaiting() {
        var state = Log()
        state.idleWork = true
        // A key already waiting goes first; the idle step comes in the next round, before waiting.
        let terminal = ScriptedTerminal([.key(.char("a")), .key(nil), .key(nil), .key(.char("q"))])
        let program = program(terminal, state: state)
        XCTAssertEqual(program.run(), 0)
        XCTAssertEqual(program.state.entries, ["key char(\"a\")", "idle"])
        XCTAssertEqual(terminal.waits, [0, 0, 0, 250], "idle polls without waiting; the round's wait comes after the idle step")
    }

    func testStartWorkLeftForAfterTheFirstFrameRunsOnceBeforeAnyKeyOrIdleStep() {
        var state = Log()
        state.idleWork = true
        var framesWhenRun: [Int] = []
        // A key is already waiting when the first frame is drawn (typed during the start).
        let terminal = ScriptedTerminal([.key(.char("a")), .key(nil), .key(nil), .key(.char("q"))])
        let program = self.program(terminal, state: state, afterFirstFrame: [{ state in
            framesWhenRun.append(terminal.frames.count)
            return [.outcome("identity looked up with \(state.entries.count) entries")]
        }])
        XCTAssertEqual(program.run(), 0)
        XCTAssertEqual(framesWhenRun, [1], "once, with the first frame already on screen")
        XCTAssertEqual(program.state.entries, ["outcome identity looked up with 0 entries", "key char(\"a\")", "idle"],
                       "before the key that was waiting and before the idle step")
        XCTAssertEqual(terminal.frames.first?.line(0).trimmingCharacters(in: .whitespaces), "0 entries", "the first frame did not wait for it")
    }

    func testTheClockTicksWhenItEntersANewPeriodAndOnKeysWhenAsked() {
        var time = Self.start
        let script: [ScriptedTerminal.Step] = [.key(nil), .key(nil), .key(.char("a")), .key(nil), .key(nil), .key(.char("q"))]
        let minutes = ScriptedTerminal(script)
        minutes.onWait = { time += 20 }
        let dashboardLike = program(minutes, now: { time })
        XCTAssertEqual(dashboardLike.run(), 0)
        // The start is 30 s into a minute; each wait takes 20 s: new minutes at +40 and +100, the key at +60.
        XCTAssertEqual(dashboardLike.state.entries, ["tick 40", "key char(\"a\")", "tick 100"], "minute ticks only")

        time = Self.start
        let seconds = ScriptedTerminal([.key(.char("a")), .key(nil), .key(nil), .key(.char("q"))])
        seconds.onWait = { time += 0.25 }
        let meetingLike = program(seconds, ticks: .everySecond, now: { time })
        XCTAssertEqual(meetingLike.run(), 0)
        XCTAssertEqual(meetingLike.state.entries, ["tick 0", "tick 0", "key char(\"a\")", "tick 1"],
                       "a tick at the start and before every key; the rest when the second changes")
    }

    func testAQuitSignalEndsTheProgram129ForSIGHUP() {
        XCTAssertEqual(program(ScriptedTerminal([.key(.char("a")), .signal(SIGHUP)])).run(), 129)
        XCTAssertEqual(program(ScriptedTerminal([.signal(SIGTERM)])).run(), 0)
        XCTAssertEqual(program(ScriptedTerminal([.signal(SIGINT)])).run(), 0)
    }

    func testEffectsArePerformedAndTheirOutcomesReducedBeforeTheNextFrame() {
        var performed: [LogEffect] = []
        let terminal = ScriptedTerminal([.key(.char("e")), .key(nil), .key(.char("q"))])
        let program = program(terminal, perform: { effect, state in
            performed.append(effect)
            return [.outcome("echoed after \(state.entries.count) entries")]
        })
        XCTAssertEqual(program.run(), 0)
        XCTAssertEqual(performed, [.echo("e")])
        XCTAssertEqual(program.state.entries, ["key e", "outcome echoed after 1 entries"])
        XCTAssertEqual(terminal.frames.last?.line(0).trimmingCharacters(in: .whitespaces), "2 entries")
    }

    func testWatchesReportOutsideChangesOnceARound() {
        var rounds = 0
        let terminal = ScriptedTerminal([.key(nil), .key(nil), .key(.char("q"))])
        let program = program(terminal, watches: [{ _ in
            rounds += 1
            return rounds == 2 ? [.outcome("store changed")] : []
        }])
        XCTAssertEqual(program.run(), 0)
        XCTAssertEqual(rounds, 2, "after each round, but not the one that ended the program")
        XCTAssertEqual(program.state.entries, ["outcome store changed"])
    }

    func testARoundInWhichNothingHappenedDrawsNoFrame() {
        var rounds = 0
        // Quiet rounds, a watch reporting a change in the third, more quiet rounds, a key, a quiet round, quit.
        let terminal = ScriptedTerminal([.key(nil), .key(nil), .key(nil), .key(nil), .key(nil), .key(nil), .key(.char("x")),
                                         .key(nil), .key(.char("q"))])
        let program = program(terminal, watches: [{ _ in
            rounds += 1
            return rounds == 3 ? [.outcome("store changed")] : []
        }])
        XCTAssertEqual(program.run(), 0)
        XCTAssertEqual(terminal.frames.map { $0.line(0).trimmingCharacters(in: .whitespaces) }, ["0 entries", "1 entries", "2 entries"],
                       "the first frame, one after the watch's change, one after the key; quiet rounds draw nothing")
        XCTAssertEqual(terminal.waits.count, 9, "every round still waits for a key")
    }

    func testAMeetingIdleBetweenTicksDrawsOnlyWhenTheClockTicks() {
        var time = Self.start
        let terminal = ScriptedTerminal(Array(repeating: .key(nil), count: 8) + [.signal(SIGTERM)])
        terminal.onWait = { time += 0.25 }
        let program = program(terminal, ticks: .everySecond, now: { time })
        XCTAssertEqual(program.run(), 0)
        // Eight quarter-second rounds cross two seconds: the start's tick, then one a second.
        XCTAssertEqual(program.state.entries, ["tick 0", "tick 1", "tick 2"])
        XCTAssertEqual(terminal.frames.count, 3, "a frame for each tick, none for the rounds between")
    }

    func testEventsBecomeEachScreensActions() {
        let now = Self.start
        guard case .key(.char("j"))? = DashboardProgram.action(for: .key(.char("j"))),
              case .tick(now)? = DashboardProgram.action(for: .tick(now)),
              case .idle? = DashboardProgram.action(for: .idle) else { return XCTFail("dashboard events") }
        XCTAssertNil(DashboardProgram.action(for: .quitSignal(SIGHUP)), "the dashboard saves at once; nothing to keep on a signal")
        guard case .key(.resize(Size(width: 80, height: 24)))? = MeetingProgram.action(for: .key(.resize(Size(width: 80, height: 24)))),
              case .tick(now)? = MeetingProgram.action(for: .tick(now)),
              case .quitSignalReceived? = MeetingProgram.action(for: .quitSignal(SIGTERM)) else { return XCTFail("meeting events") }
        XCTAssertNil(MeetingProgram.action(for: .idle))
    }

    // MARK: - The meeting through the program

    /// The sample team's weekly meeting, held and live, at its start.
    private func meetingState() -> MeetingState {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        let now = calendar.date(from: DateComponents(year: 2026, month: 11, day: 22, hour: 10))!
        let data = SampleTeam.make(now: now, calendar: calendar)
        let series = data.sessions.values.first { $0.recurrence != nil && $0.title == "Weekly tech meeting" }!
        let occurrence = UpcomingSessions.list(in: data, now: now, calendar: calendar).first { $0.session.id == series.id }!
        var held = HeldSession.record(for: occurrence, in: data, now: now)
        held.status = .live
        return MeetingState(session: held, data: data, notes: [], role: .shared, seed: 42, ids: IDSource(seed: 1), now: occurrence.start,
                            calendar: calendar, size: Size(width: 120, height: 40), theme: .fallback)
    }

    private func keys(_ text: String) -> [ScriptedTerminal.Step] {
        text.map { .key(.char($0)) }
    }

    func testAMeetingNoteRefusedByTheStoreStaysTypedAndTheScreenSaysWhy() throws {
        let start = meetingState()
        var time = start.now
        var performed: [MeetingEffect] = []
        let terminal = ScriptedTerminal([.key(.right), .key(.char("n"))] + keys("Hello") + [.key(.enter), .key(nil), .signal(SIGTERM)])
        terminal.onWait = { time += 0.5 }
        let program = Program(state: start, definition: MeetingProgram.definition, terminal: terminal, now: { time },
                              perform: { effect, _ in
                                  performed.append(effect)
                                  guard case .save(let save) = effect else { return [] }
                                  return [.saveFailed(save, message: "the store is read-only: test")]
                              })
        XCTAssertEqual(program.run(), 0)
        // Besides the meeting's progress record (saved as the meeting changes: here the step), one save: the note.
        let saves = performed.filter { effect in
            if case .save(let save) = effect { return save.purpose != .meetingProgress }
            return true
        }
        XCTAssertEqual(saves.count, 1, "one save asked for; nothing to keep on the signal: \(performed)")
        XCTAssertTrue(program.state.notes.isEmpty)
        XCTAssertEqual(program.state.composer?.field.text, "Hello")
        let frame = try XCTUnwrap(terminal.frames.last).description
        XCTAssertTrue(frame.contains("Not saved: note “Hello”: the store is read-only: test"), frame)
        XCTAssertTrue(frame.contains("Note ▸ Hello"), frame)
    }

    func testAQuitSignalInAMeetingKeepsItsProgressAndExits129() throws {
        let start = meetingState()
        var time = start.now
        var saved: [MeetingSave] = []
        // Attendance: the first person is away; then the terminal hangs up.
        let terminal = ScriptedTerminal([.key(.right), .key(.char("A")), .key(.char(" ")), .key(.escape), .key(nil), .signal(SIGHUP)])
        terminal.onWait = { time += 0.5 }
        let program = Program(state: start, definition: MeetingProgram.definition, terminal: terminal, now: { time },
                              perform: { effect, _ in
                                  guard case .save(let save) = effect else { return [] }
                                  saved.append(save)
                                  return [.saved(save)]
                              })
        XCTAssertEqual(program.run(), 129)
        // The progress record was saved as attendance changed; the signal keeps the held record's attendees too.
        let progress = saved.filter { $0.purpose == .meetingProgress }
        guard let recorded = progress.last?.record?.as(MeetingProgress.self) else { return XCTFail("\(saved)") }
        XCTAssertEqual(recorded.attendance.first { $0.id == start.expected[0] }?.present, false)
        let kept = saved.filter { $0.purpose != .meetingProgress }
        XCTAssertEqual(kept.map(\.purpose), [.progress])
        guard let held = kept.first?.record?.as(Session.self) else { return XCTFail("\(saved)") }
        XCTAssertEqual(kept.first?.change.before, RecordValue(start.session), "against the version the meeting started from")
        XCTAssertFalse(held.attendees.contains(start.expected[0]))
        XCTAssertTrue(program.state.shouldQuit)
    }
}
