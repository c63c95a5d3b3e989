/// What the pane-edit reducer asks of the dashboard around it.
enum PaneEditEffect: Sendable, Equatable {
    /// Hand this change to the save rule (pending, "Saving…", the store's `.save`).
    case commit(RecordChange)
    /// Say this in the status line.
    case notice(String)
    /// Ask this question first; yes sends its change.
    case ask(ConfirmDialog)
}
