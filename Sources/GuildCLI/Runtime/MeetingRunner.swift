import CursesTerminal
import Foundation
import GuildCore
import GuildStore
import GuildUI
import TerminalGrid

/// The meeting's run loop: draws the meeting screen, ticks the clock every second, reads keys, polls the store every
/// 250 ms (notes from the other instance, `guild ask` questions) and runs the reducer's effects (durable saves, minutes).
final class MeetingRunner {
    /// How often the store folder is checked for changes made by other processes.
    static let pollMilliseconds: Int32 = 250

    private let store: GuildStore
    private let clock: Clock
    private let clockIsPinned: Bool
    private var state: MeetingState
    private let terminal: CursesTerminal

    private init(store: GuildStore, clock: Clock, clockIsPinned: Bool, state: MeetingState, terminal: CursesTerminal) {
        self.store = store
        self.clock = clock
        self.clockIsPinned = clockIsPinned
        self.state = state
        self.terminal = terminal
    }

    /// `guild meeting`: opens the store, finds the meeting (`query`, else a live one, else today's), marks it live
    /// (shared screen), starts the terminal and runs until the user leaves; returns the exit code.
    static func run(storeURL: URL, query: String?, role: MeetingRole, preferredTheme: String?, seed: UInt64?) throws -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let clock = try Clock.fromEnvironment(environment)
        let store: GuildStore
        do { store = try GuildStore.open(at: storeURL) } catch { throw CLIFailure("\(error)") }
        let loaded = store.loadAll(includeNotes: false)
        let session: Session
        switch role {
        case .shared:
            let occurrence = try MeetingLookup.occurrence(query, in: loaded.data, now: clock.now, calendar: clock.calendar)
            session = HeldSession.record(for: occurrence, in: loaded.data, now: clock.now)
        case .notes:
            session = try MeetingLookup.live(query, in: loaded.data)
        }
        let config = UserConfig.load(preferredTheme: preferredTheme, environment: environment)
        let terminal: CursesTerminal
        do { terminal = try CursesTerminal.start(monochrome: config.noColor) } catch { throw CLIFailure("\(error)") }
        defer { terminal.stop() }
        return try runInside(terminal: terminal, store: store, data: loaded.data, session: session, role: role, theme: config.theme,
                             clock: clock, clockIsPinned: environment["GUILD_NOW"] != nil, seed: seed ?? Self.seed(from: environment))
    }

    /// Runs a meeting in a terminal that is already started (the dashboard's `m`), returning when the user leaves.
    /// `data` is the store as loaded; the held record is made live and saved first on the shared screen.
    static func runInside(terminal: CursesTerminal, store: GuildStore, data: GuildData, session held: Session, role: MeetingRole, theme: Theme,
                          clock: Clock, clockIsPinned: Bool, seed: UInt64) throws -> Int32 {
        var session = held
        if role == .shared, session.status == .planned {
            session.status = .live
            session.updatedAt = clock.now
            do { try store.save(session) } catch { throw CLIFailure("could not start the meeting: \(error)") }
        }
        var data = data
        data.upsert(session)
        // Last meeting's notes tell who started its round, so this one starts with someone else.
        for earlier in HeldSession.earlier(than: session, in: data).suffix(2) {
            for note in store.notes(forSession: earlier.id).notes { data.notes[note.id] = note }
        }
        let notes = store.notes(forSession: session.id).notes
        let state = MeetingState(session: session, data: data, notes: notes, role: role, seed: seed, now: clock.now, calendar: clock.calendar,
                                 size: terminal.size, theme: theme)
        let runner = MeetingRunner(store: store, clock: clock, clockIsPinned: clockIsPinned, state: state, terminal: terminal)
        return runner.loop()
    }

    /// `GUILD_SEED` when set (tests and rehearsals), else a random seed.
    static func seed(from environment: [String: String]) -> UInt64 {
        environment["GUILD_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 0...UInt64.max)
    }

    /// The time now: the real clock, or the pinned one (`GUILD_NOW`) that never moves.
    private var now: Date { clockIsPinned ? clock.now : Date() }

    private func loop() -> Int32 {
        var lastSecond = Int(now.timeIntervalSince1970)
        apply(.tick(now))
        while !state.shouldQuit {
            terminal.draw(renderMeeting(state))
            var event = terminal.nextEvent(timeoutMilliseconds: Self.pollMilliseconds)
            if let signal = terminal.receivedQuitSignal {
                // Keep what the meeting changed so far; it stays live and resumes with `guild meeting`.
                if state.role == .shared, state.step != .finished { perform(.saveSession(state.progressRecord())) }
                return signal == SIGHUP ? 129 : 0
            }
            // The clock first, so a key acts at the time it was pressed.
            let second = Int(now.timeIntervalSince1970)
            if second != lastSecond || event != nil {
                lastSecond = second
                apply(.tick(now))
            }
            var handled = 0
            while let key = event {
                apply(.key(key))
                handled += 1
                if state.shouldQuit || handled >= 64 { break }
                event = terminal.nextEvent(timeoutMilliseconds: 0)
            }
            if store.changedSinceLastLoad() {
                let result = store.reload()
                let notes = store.notes(forSession: state.session.id).notes
                apply(.storeReloaded(result.data, notes: notes))
            }
        }
        return 0
    }

    private func apply(_ action: MeetingAction) {
        var effects = reduceMeeting(&state, action)
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            if let follow = perform(effect) { effects += reduceMeeting(&state, follow) }
        }
    }

    /// Runs one effect; returns the action that reports its outcome, if any.
    @discardableResult
    private func perform(_ effect: MeetingEffect) -> MeetingAction? {
        do {
            switch effect {
            case .saveSession(let session): try store.save(session)
            case .saveNote(let note): try store.save(note)
            case .saveAction(let item): try store.save(item)
            case .saveTopic(let topic): try store.save(topic)
            case .writeMinutes(let sessionID, let markdown):
                let relative = MinutesDocument.relativePath(for: sessionID)
                try store.writeDocument(markdown, at: relative)
                return .minutesWritten(path: relative)
            case .leave:
                break
            }
        } catch {
            return .saveFailed("\(error)")
        }
        return nil
    }
}
