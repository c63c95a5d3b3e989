import Foundation
import GuildCore
import TerminalGrid

/// Syncing from the dashboard and resolving conflicts: the sync key, the answers the runtime sends back, and the
/// conflicts screen's keys. Nothing here touches files: the runtime runs `.sync` and `.resolveConflict`.
extension AppState {
    /// `S`: asks the runtime for a sync; while one runs, for another right after it (so changes made meanwhile go out).
    mutating func startSync() -> [Effect] {
        guard !sync.isRunning else {
            notify("A sync is running; another follows it to share what changed since")
            return [.sync]
        }
        sync.isRunning = true
        notify("Syncing with git…")
        return [.sync]
    }

    /// A sync began outside the key (a `--pull-every` round).
    mutating func syncStarted() {
        sync.isRunning = true
    }

    /// A sync finished: remember the outcome and say it in the status bar.
    mutating func syncFinished(_ outcome: SyncOutcome) {
        sync.isRunning = false
        sync.lastOutcome = outcome
        let conflicts = sync.conflicts.isEmpty ? "" : " — press \(keyName(.conflictsOpen)) to resolve"
        notify((outcome.failed ? "Sync failed: " : "Synced: ") + outcome.summary + conflicts, isError: outcome.failed)
    }

    /// The conflicted files now: the conflicts screen keeps its cursor on the same record, and closes when none are left.
    mutating func conflictsFound(_ items: [ConflictItem]) {
        let old = sync.conflicts
        sync.conflicts = items
        guard var screen = conflictsScreen else { return }
        conflictsScreen = screen.conflictsChanged(from: old, to: items) ? screen : nil
    }

    /// `M`: opens the conflicts screen, or says there is nothing to resolve.
    mutating func openConflicts() {
        guard !sync.conflicts.isEmpty else {
            notify("No conflicts: every record merged cleanly")
            return
        }
        overlay = nil
        conflictsScreen = ConflictsScreenState()
    }

    /// A key on the conflicts screen.
    mutating func pressInConflicts(_ key: Key) -> [Effect] {
        guard conflictsScreen != nil, !sync.conflicts.isEmpty else {
            conflictsScreen = nil
            return []
        }
        guard let id = keymap.command(for: key, in: .conflicts), let command = Command(rawValue: id) else { return [] }
        return runInConflicts(command)
    }

    /// Runs a command (from its key or the palette) on the conflicts screen: the screen's own reducer changes its state,
    /// and what it asks of the dashboard (close, a notice, a resolution to write, a shared key) is done here.
    mutating func runInConflicts(_ command: Command) -> [Effect] {
        guard var screen = conflictsScreen, !sync.conflicts.isEmpty else {
            conflictsScreen = nil
            return []
        }
        let outcome = screen.reduce(command, conflicts: sync.conflicts, isReadOnly: isReadOnly)
        conflictsScreen = screen
        switch outcome {
        case .stay:
            return []
        case .close:
            conflictsScreen = nil
            return []
        case .notice(let text, let isError):
            notify(text, isError: isError)
            return []
        case .resolve(let choice, let notice):
            notify(notice)
            return [.resolveConflict(choice)]
        case .notMine:
            // Help, quit, the palette and the other shared keys work here as on the dashboard.
            return run(command)
        }
    }

    /// The runtime wrote a resolution: the record leaves the list (the reload that follows confirms it).
    mutating func conflictResolved(path: String) {
        let title = sync.conflicts.first { $0.path == path }.map { $0.title(in: data) } ?? path
        conflictsScreen?.resolving = nil
        conflictsFound(sync.conflicts.filter { $0.path != path })
        let left = sync.conflicts.count
        notify("Resolved “\(SafeText.sanitize(title))”" + (left > 0 ? "; \(left) left" : "") + " — press \(keyName(.syncNow)) to share it")
    }

    /// Writing a resolution failed; nothing changed on disk.
    mutating func conflictResolveFailed(path: String, message: String) {
        conflictsScreen?.resolving = nil
        notify("Could not resolve \(path): \(message)", isError: true)
    }
}
