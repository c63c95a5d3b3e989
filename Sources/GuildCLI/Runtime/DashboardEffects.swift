import CursesTerminal
import Foundation
import GuildCore
import GuildStore
import GuildUI
import TerminalGrid

/// Performs the dashboard's effects — durable saves and deletes, notes, themes, git sync, conflicts, `$EDITOR`, the
/// meeting run in the same terminal — and watches the store and the sync; every outcome comes back as actions.
final class DashboardEffects {
    private let store: GuildStore
    private let terminal: CursesTerminal
    private let clock: Clock
    /// Theme and key-file problems found at start; kept in front of the store's problems on every reload.
    private let configProblems: [String]
    /// Git sync off the UI thread: the sync key and `--pull-every` rounds.
    let sync: DashboardSync

    init(store: GuildStore, terminal: CursesTerminal, clock: Clock, configProblems: [String], sync: DashboardSync) {
        self.store = store
        self.terminal = terminal
        self.clock = clock
        self.configProblems = configProblems
        self.sync = sync
    }

    /// Performs one effect; returns the actions that report its outcome.
    func perform(_ effect: Effect, in state: AppState) -> [Action] {
        switch effect {
        case .quit:
            return [] // the state says shouldQuit; the program ends
        case .themeSelected(let name):
            terminal.monochrome = name == "monochrome" || ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } == true
            return []
        case .loadNotes(let sessions):
            let notes = sessions.flatMap { store.notes(forSession: $0).notes }
            return [.notesLoaded(notes, sessions: sessions)]
        case .startMeeting(let sessionID, let start):
            runMeeting(sessionID: sessionID, start: start, in: state)
            return reload(in: state) + [.resized(terminal.size)]
        case .save(let change):
            // Durable before the UI says so: the state shows the change only after `.saved`.
            return [write(change, in: state)]
        case .sync:
            // Runs off this thread (or joins the round already running); its outcome arrives through `syncOutcomes`.
            sync.start()
            return []
        case .resolveConflict(let choice):
            return [resolve(choice)] + reload(in: state)
        case .editText(let request):
            let result = terminal.runOutside { ExternalEditor.edit(request) }
            switch result {
            case .success(let text): return [.resized(terminal.size), .textEdited(text)]
            case .failure(let error): return [.resized(terminal.size), .textEditFailed(error.message)]
            }
        }
    }

    /// The watch on git sync: starts and outcomes posted since the last round; a finished sync also takes in what git
    /// merged now, rather than at the next store round.
    func syncOutcomes(in state: AppState) -> [Action] {
        sync.takeActions().flatMap { action -> [Action] in
            if case .syncFinished = action { return [action] + reload(in: state) }
            return [action]
        }
    }

    /// The watch on the store folder: what other processes changed since the last look.
    func storeChanges(in state: AppState) -> [Action] {
        store.changedSinceLastLoad() ? reload(in: state) : []
    }

    /// Re-reads what changed in the store: the new data, then the conflicted files.
    private func reload(in state: AppState) -> [Action] {
        let result = store.reload()
        return [.storeReloaded(result.data, problems: configProblems + result.problems.map(\.description))]
            + conflicts(problems: result.problems, in: state)
    }

    /// Which files hold conflict markers, when that may have changed.
    func conflicts(problems: [StoreProblem], in state: AppState) -> [Action] {
        let conflicted = problems.contains { $0.kind == .mergeConflict }
        guard conflicted || !state.sync.conflicts.isEmpty else { return [] }
        return [.conflictsFound(conflicted ? store.conflictedRecords().map(ConflictItem.init) : [])]
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

    /// Makes a change durable against the store (`StoreWriter`: `after` saved against its base `before`, or `before`
    /// deleted) and says how it went.
    private func write(_ change: RecordChange, in state: AppState) -> Action {
        do {
            let stored = try StoreWriter(store: store).perform(change)
            StoredMinutes.refresh(after: change, data: state.data, store: store, calendar: clock.calendar)
            return .saved(change, stored: stored)
        } catch {
            return .saveFailed(change, StoreWriter.failure(error, conflictsKey: state.keyName(.conflictsOpen)))
        }
    }

    /// `m` on a session: the meeting runs in this terminal (held record made live, saved), until the user leaves it.
    private func runMeeting(sessionID: UUID, start: Date, in state: AppState) {
        guard let session = state.data.sessions[sessionID] else { return }
        var meetingClock = clock
        meetingClock.now = clock.current()
        let held = HeldSession.record(for: SessionOccurrence(session: session, start: start, index: 0), in: state.data, now: meetingClock.now)
        _ = try? MeetingProgram.runInside(terminal: terminal, store: store, data: state.data, session: held, role: .shared, theme: state.theme,
                                          keymap: state.keymap, clock: meetingClock, seed: MeetingProgram.seed(from: ProcessInfo.processInfo.environment))
        terminal.invalidate()
    }
}
