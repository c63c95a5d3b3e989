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

    /// The conflicted files now: keeps the screen on the same record when it is still there, closes it when none are left.
    mutating func conflictsFound(_ items: [ConflictItem]) {
        let shown = conflictsScreen.flatMap { sync.conflicts.indices.contains($0.selected) ? sync.conflicts[$0.selected].path : nil }
        sync.conflicts = items
        guard var screen = conflictsScreen else { return }
        let paths = Set(items.map(\.path))
        screen.choices = screen.choices.filter { paths.contains($0.key) }
        if items.isEmpty {
            conflictsScreen = nil
            return
        }
        screen.selected = shown.flatMap { path in items.firstIndex { $0.path == path } } ?? min(screen.selected, items.count - 1)
        screen.field = min(screen.field, max(0, items[screen.selected].fields.count - 1))
        conflictsScreen = screen
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

    /// Runs a command (from its key or the palette) on the conflicts screen.
    mutating func runInConflicts(_ command: Command) -> [Effect] {
        guard var screen = conflictsScreen, !sync.conflicts.isEmpty else {
            conflictsScreen = nil
            return []
        }
        let item = sync.conflicts[min(screen.selected, sync.conflicts.count - 1)]
        switch command {
        case .conflictsClose:
            conflictsScreen = nil
            return []
        case .conflictsUp, .conflictsDown:
            let step = command == .conflictsUp ? -1 : 1
            screen.field = min(max(0, screen.field + step), max(0, item.fields.count - 1))
        case .conflictsNext, .conflictsPrevious:
            let step = command == .conflictsNext ? 1 : -1
            screen.selected = (screen.selected + step + sync.conflicts.count) % sync.conflicts.count
            screen.field = 0
        case .conflictsOptionNext, .conflictsOptionPrevious:
            guard item.fields.indices.contains(screen.field) else { break }
            let field = item.fields[screen.field]
            let count = item.choosesWholeVersion ? item.versionCount : field.options.count
            guard count > 1 else { break }
            let step = command == .conflictsOptionNext ? 1 : -1
            let now = screen.choice(item, field: field.name)
            let key = item.choosesWholeVersion ? ConflictsScreenState.wholeVersionKey : field.name
            screen.choices[item.path, default: [:]][key] = (now + step + count) % count
        case .conflictsResolve:
            guard screen.resolving == nil else {
                notify("Still saving the last resolution…")
                break
            }
            guard !isReadOnly else {
                notify("The store is read-only: conflicts cannot be resolved here", isError: true)
                break
            }
            screen.resolving = item.path
            conflictsScreen = screen
            let chosen = screen.choices[item.path] ?? [:]
            let version = item.choosesWholeVersion ? chosen[ConflictsScreenState.wholeVersionKey] ?? 0 : nil
            notify("Saving the chosen values…")
            return [.resolveConflict(ConflictChoice(path: item.path, fieldChoices: item.choosesWholeVersion ? [:] : chosen, version: version))]
        default:
            // Help, quit, the palette and the other shared keys work here as on the dashboard.
            return run(command)
        }
        conflictsScreen = screen
        return []
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

    /// The first key bound to `command`, as the status bar names it.
    public func keyName(_ command: Command) -> String {
        keymap.binding(command.rawValue)?.keys.first?.displayName ?? command.rawValue
    }
}
