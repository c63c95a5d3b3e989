import Foundation
import GuildCore
import TerminalGrid

/// Syncing from the dashboard and resolving conflicts as the dashboard scopes them: the sync key and the runtime's
/// answers go to the sync reducer (`SyncState+Reduce.swift`), the conflicts screen's keys to its own reducer, and what
/// they ask for is done here. Nothing here touches files: the runtime runs `.sync` and `.resolveConflict`.
extension AppState {
    /// `S`: asks the runtime for a sync; while one runs, for another right after it (so changes made meanwhile go out).
    mutating func startSync() -> [Effect] {
        reduceSync(.syncPressed)
    }

    /// A sync began outside the key (a `--pull-every` round).
    mutating func syncStarted() {
        _ = reduceSync(.started)
    }

    /// A sync finished: remember the outcome and say it in the status bar.
    mutating func syncFinished(_ outcome: SyncOutcome) {
        _ = reduceSync(.finished(outcome))
    }

    /// The conflicted files now: the conflicts screen keeps its cursor on the same record, and closes when none are left.
    mutating func conflictsFound(_ items: [ConflictItem]) {
        _ = reduceSync(.conflictsFound(items))
    }

    /// Runs the sync reducer on `sync` and does what it asks: the runtime's `.sync`, notices, and telling the conflicts
    /// screen (when open) that the conflicted records changed.
    mutating func reduceSync(_ action: SyncAction) -> [Effect] {
        var effects: [Effect] = []
        for effect in sync.reduce(action, in: SyncEnvironment(data: data, keymap: keymap)) {
            switch effect {
            case .sync:
                effects.append(.sync)
            case .notice(let text, let isError):
                notify(text, isError: isError)
            case .conflictsChanged(let old, let new):
                guard var screen = conflictsScreen else { continue }
                conflictsScreen = screen.conflictsChanged(from: old, to: new) ? screen : nil
            }
        }
        return effects
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
        conflictsScreen?.resolving = nil
        _ = reduceSync(.resolved(path: path))
    }

    /// Writing a resolution failed; nothing changed on disk.
    mutating func conflictResolveFailed(path: String, message: String) {
        conflictsScreen?.resolving = nil
        notify("Could not resolve \(path): \(message)", isError: true)
    }
}
