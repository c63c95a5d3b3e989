import GuildCore
import TerminalGrid

/// The sync feature's reducer: whether a sync runs, its last outcome and the conflicted records, on `SyncState` alone.
/// Nothing here touches files: the runtime runs `.sync` and reads the conflicts; the conflicts screen has its own
/// reducer (`ConflictsScreenState+Reduce.swift`), which the dashboard tells when the conflicted records change.
extension SyncState {
    /// Applies `action`; what the dashboard must do comes back as effects.
    mutating func reduce(_ action: SyncAction, in environment: SyncEnvironment) -> [SyncEffect] {
        switch action {
        case .syncPressed:
            // While one runs, ask for another right after it, so changes made meanwhile go out.
            guard !isRunning else { return [.notice("A sync is running; another follows it to share what changed since", isError: false), .sync] }
            isRunning = true
            return [.notice("Syncing with git…", isError: false), .sync]
        case .started:
            isRunning = true
        case .finished(let outcome):
            isRunning = false
            lastOutcome = outcome
            let open = conflicts.isEmpty ? "" : " — press \(environment.keymap.keyName(.conflictsOpen)) to resolve"
            return [.notice((outcome.failed ? "Sync failed: " : "Synced: ") + outcome.summary + open, isError: outcome.failed)]
        case .conflictsFound(let items):
            let old = conflicts
            conflicts = items
            return [.conflictsChanged(from: old, to: items)]
        case .resolved(let path):
            let title = conflicts.first { $0.path == path }.map { $0.title(in: environment.data) } ?? path
            let old = conflicts
            conflicts.removeAll { $0.path == path }
            let left = conflicts.isEmpty ? "" : "; \(conflicts.count) left"
            return [.conflictsChanged(from: old, to: conflicts),
                    .notice("Resolved “\(SafeText.sanitize(title))”" + left + " — press \(environment.keymap.keyName(.syncNow)) to share it", isError: false)]
        }
        return []
    }
}
