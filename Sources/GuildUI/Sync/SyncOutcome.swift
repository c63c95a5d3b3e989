import Foundation

/// How one sync went, in one line, and when: what the title bar shows after `S` or a `--pull-every` round.
public struct SyncOutcome: Sendable, Equatable {
    /// When the sync finished.
    public var at: Date
    /// What it did ("committed: …; pushed to origin") or why it failed.
    public var summary: String
    public var failed: Bool

    public init(at: Date, summary: String, failed: Bool) {
        self.at = at
        self.summary = summary
        self.failed = failed
    }
}
