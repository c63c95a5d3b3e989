import GuildCore

/// Decides what to write when a record changed both in this process and on disk; field-level merges plug in here.
public protocol ConflictResolver: Sendable {
    /// Resolves one conflict. `base` is what this process loaded (nil if never), `theirs` what is on disk (nil if deleted).
    func resolve<R: Record>(base: R?, mine: R, theirs: R?) -> ConflictResolution<R>
}

/// The default resolver: never merges, so every conflict reaches the user.
public struct ReportEveryConflict: ConflictResolver {
    public init() {}

    /// Always `.conflict`.
    public func resolve<R: Record>(base: R?, mine: R, theirs: R?) -> ConflictResolution<R> { .conflict }
}
