/// What the saving feature's reducer applies: a change a feature made, the store's answers, and the undo and redo keys.
enum SavingAction: Sendable, Equatable {
    /// A feature made this change (a form, quick add, a matrix key, a question answered yes): send it to the store.
    case commit(RecordChange)
    /// The store acknowledged this change durably (the dashboard has already applied what the file holds now).
    case saved(RecordChange)
    /// The store refused this change; nothing was written.
    case refused(RecordChange, SaveFailure)
    /// `u`: take back the last confirmed edit by applying its inverse.
    case undoPressed
    /// Ctrl-R: apply the last undone edit again.
    case redoPressed
}
