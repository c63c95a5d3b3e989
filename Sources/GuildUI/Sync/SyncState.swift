import Foundation

/// Git sync as the dashboard sees it: a sync under way, the last outcome, and the records git left in conflict
/// (the conflicts screen, when open, is the route's screen: `AppState.conflictsScreen`).
///
/// The runtime runs `guild sync` work and reads conflicted files; the UI only shows them and asks for choices.
public struct SyncState: Sendable, Equatable {
    /// A sync started with the sync key and not yet answered.
    public internal(set) var isRunning = false
    /// The last sync's one-line outcome, from the key or from `--pull-every`.
    public internal(set) var lastOutcome: SyncOutcome?
    /// Every record file that still holds conflict markers, sorted by path.
    public internal(set) var conflicts: [ConflictItem] = []

    public init() {}
}
