import CursesTerminal
import Foundation
import GuildCore
import GuildStore
import GuildUI
import TerminalGrid

/// The run loop: draws the state, waits for a key, a resize, a clock tick or a store change, reduces, runs effects.
///
/// This is the only place the dashboard performs I/O; the UI itself is `reduce` and `render`, both pure.
final class DashboardRunner {
    /// How often the store folder is checked for changes made by other processes.
    static let pollMilliseconds: Int32 = 250

    private let store: GuildStore
    private let clock: Clock
    private var state: AppState
    private let terminal: CursesTerminal
    private let clockIsPinned: Bool
    /// Theme and key-file problems found at start; kept in front of the store's problems on every reload.
    private let configProblems: [String]
    /// Git sync off the UI thread: the sync key and `--pull-every` rounds.
    private let sync: DashboardSync

    private init(store: GuildStore, clock: Clock, clockIsPinned: Bool, configProblems: [String], state: AppState, terminal: CursesTerminal,
                 sync: DashboardSync) {
        self.store = store
        self.sync = sync
        self.clock = clock
        self.clockIsPinned = clockIsPinned
        self.configProblems = configProblems
        self.state = state
        self.terminal = terminal
    }

    /// Opens the store, starts the terminal and runs until the user quits or a quit signal arrives; returns the exit code.
    /// With `pullEvery`, the store is synced through git every that many seconds while open.
    static func run(storeURL: URL, preferredTheme: String?, community: String? = nil, pullEvery: TimeInterval? = nil) throws -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let clock = try Clock.fromEnvironment(environment)
        let store: GuildStore
        do {
            store = try GuildStore.open(at: storeURL)
        } catch {
            throw CLIFailure("\(error)")
        }
        let config = UserConfig.load(preferredTheme: preferredTheme, environment: environment)
        // Start the terminal before reading every file, so a missing terminal fails fast and cheaply.
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.start(monochrome: config.noColor)
        } catch {
            throw CLIFailure("\(error)")
        }
        // Notes load lazily, per session, when a detail view needs them: at organisation scale they are most files.
        let loaded = store.loadAll(includeNotes: false)
        var state = AppState(
            data: loaded.data, storeName: store.storeManifest?.name ?? storeURL.lastPathComponent, now: clock.now,
            calendar: clock.calendar, size: terminal.size, theme: config.theme, keymap: config.keymap,
            themes: config.catalog.themes, problems: config.problems + loaded.problems.map(\.description),
            isReadOnly: loaded.isReadOnly)
        if let community {
            do { state.scopeDashboard(to: try CommunityLookup.find(community, in: loaded.data).id) } catch { terminal.stop(); throw error }
        }
        let runner = DashboardRunner(store: store, clock: clock, clockIsPinned: environment["GUILD_NOW"] != nil,
                                     configProblems: config.problems, state: state, terminal: terminal, sync: DashboardSync(storeURL: storeURL))
        defer { terminal.stop() }
        runner.refreshConflicts(problems: loaded.problems)
        if let pullEvery { runner.sync.startPulling(every: pullEvery) }
        return runner.loop()
    }

    private func loop() -> Int32 {
        var lastMinute = minute(of: Date())
        while !state.shouldQuit {
            terminal.draw(render(state))
            var event: Key?
            if state.hasIdleWork {
                // Work the frame did not need (search rows) is done once it is on screen, unless a key is already waiting.
                event = terminal.nextEvent(timeoutMilliseconds: 0)
                if event == nil { apply(.idle) }
            }
            if event == nil { event = terminal.nextEvent(timeoutMilliseconds: Self.pollMilliseconds) }
            // Apply every key already waiting before drawing again, so held keys never lag behind.
            var handled = 0
            while let key = event {
                apply(.key(key))
                handled += 1
                if state.shouldQuit || handled >= 64 { break }
                event = terminal.nextEvent(timeoutMilliseconds: 0)
            }
            if let signal = terminal.receivedQuitSignal {
                return signal == SIGHUP ? 129 : 0
            }
            for action in sync.takeActions() {
                apply(action)
                // A finished sync: take in what git merged now rather than at the next watch round.
                if case .syncFinished = action { reloadStore() }
            }
            if store.changedSinceLastLoad() { reloadStore() }
            if !clockIsPinned {
                let current = minute(of: Date())
                if current != lastMinute {
                    lastMinute = current
                    apply(.tick(Date()))
                }
            }
        }
        return 0
    }

    private func apply(_ action: Action) {
        var effects = reduce(&state, action)
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            switch effect {
            case .quit:
                break // the state says shouldQuit; the loop ends
            case .themeSelected(let name):
                terminal.monochrome = name == "monochrome" || ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } == true
            case .loadNotes(let sessions):
                let notes = sessions.flatMap { store.notes(forSession: $0).notes }
                effects += reduce(&state, .notesLoaded(notes, sessions: sessions))
            case .startMeeting(let sessionID, let start):
                runMeeting(sessionID: sessionID, start: start)
                reloadStore()
                effects += reduce(&state, .resized(terminal.size))
            case .save(let value):
                // Durable before the UI says so: the state shows the change only after `.saved`.
                effects += reduce(&state, save(value))
            case .delete(let value):
                effects += reduce(&state, delete(value))
            case .sync:
                // Runs off this thread (or joins the round already running); its outcome arrives through
                // `sync.takeActions()` in the loop.
                sync.start()
            case .resolveConflict(let choice):
                effects += reduce(&state, resolve(choice))
                reloadStore()
            case .editText(let request):
                let result = terminal.runOutside { ExternalEditor.edit(request) }
                effects += reduce(&state, .resized(terminal.size))
                switch result {
                case .success(let text): effects += reduce(&state, .textEdited(text))
                case .failure(let error): effects += reduce(&state, .textEditFailed(error.message))
                }
            }
        }
    }

    /// One line for a failed save or delete; a record git left in conflict says how to resolve it.
    private func failureMessage(_ error: any Error) -> String {
        if case StoreError.unreadable(let problem) = error, problem.kind == .mergeConflict {
            return "\(problem.path) holds a merge conflict: resolve it first (press \(state.keyName(.conflictsOpen)))"
        }
        return "\(error)"
    }

    /// Re-reads what changed in the store and hands it, with the conflicted files, to the state.
    private func reloadStore() {
        let result = store.reload()
        apply(.storeReloaded(result.data, problems: configProblems + result.problems.map(\.description)))
        refreshConflicts(problems: result.problems)
    }

    /// Tells the state which files hold conflict markers, when that may have changed.
    private func refreshConflicts(problems: [StoreProblem]) {
        let conflicted = problems.contains { $0.kind == .mergeConflict }
        guard conflicted || !state.sync.conflicts.isEmpty else { return }
        apply(.conflictsFound(conflicted ? store.conflictedRecords().map(ConflictItem.init) : []))
    }

    /// Writes the chosen values over a conflicted file (refused when it changed since it was read) and says how it went.
    private func resolve(_ choice: ConflictChoice) -> Action {
        guard let conflict = store.conflictedRecords().first(where: { $0.path == choice.path }) else {
            return .conflictResolveFailed(path: choice.path, message: "the file no longer holds a conflict (resolved elsewhere?)")
        }
        do {
            try store.resolve(conflict, with: conflict.resolution(for: choice))
            return .conflictResolved(path: choice.path)
        } catch {
            return .conflictResolveFailed(path: choice.path, message: "\(error)")
        }
    }

    /// Saves one record with the store's durable protocol, against the version the dashboard holds, and says how it went.
    private func save(_ value: RecordValue) -> Action {
        do {
            let stored = try StoreWriter(store: store).perform(RecordChange(before: state.currentVersion(of: value), after: value))
            return .saved(stored ?? value)
        } catch {
            return .saveFailed(value, message: failureMessage(error))
        }
    }

    /// Deletes one record's file durably (refused when it changed since the dashboard read it) and says how it went.
    private func delete(_ value: RecordValue) -> Action {
        do {
            _ = try StoreWriter(store: store).perform(RecordChange(before: value, after: nil))
            return .deleted(value)
        } catch {
            return .saveFailed(value, message: failureMessage(error))
        }
    }

    /// `m` on a session: the meeting screen runs in this terminal (held record made live, saved), until the user leaves it.
    private func runMeeting(sessionID: UUID, start: Date) {
        guard let session = state.data.sessions[sessionID] else { return }
        var meetingClock = clock
        if !clockIsPinned { meetingClock.now = Date() }
        let held = HeldSession.record(for: SessionOccurrence(session: session, start: start, index: 0), in: state.data, now: meetingClock.now)
        _ = try? MeetingRunner.runInside(terminal: terminal, store: store, data: state.data, session: held, role: .shared, theme: state.theme,
                                         clock: meetingClock, clockIsPinned: clockIsPinned,
                                         seed: MeetingRunner.seed(from: ProcessInfo.processInfo.environment))
        terminal.invalidate()
    }

    private func minute(of date: Date) -> Int {
        Int(date.timeIntervalSince1970 / 60)
    }
}
