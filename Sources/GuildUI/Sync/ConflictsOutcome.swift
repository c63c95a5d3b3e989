/// What a conflicts-screen command asks of the dashboard around the screen (`ConflictsScreenState.reduce`).
enum ConflictsOutcome: Sendable, Equatable {
    /// The screen's own state changed, or nothing did.
    case stay
    /// Leave the screen.
    case close
    /// Say this in the status line (`isError`: in the error role).
    case notice(String, isError: Bool)
    /// Write this resolution (the `.resolveConflict` effect) and say so.
    case resolve(ConflictChoice, notice: String)
    /// Not one of the screen's commands: the dashboard runs it (help, quit, the palette and the other shared keys).
    case notMine
}
