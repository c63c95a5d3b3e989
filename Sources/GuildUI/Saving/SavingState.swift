/// The one save rule's bookkeeping, owned by the saving feature: the changes handed to the store and not yet
/// acknowledged, and the confirmed changes `u` undoes and Ctrl-R redoes for the whole run.
///
/// Nothing here changes the data: the dashboard applies what the store acknowledged (`.saved`) and then tells this
/// feature, which moves the change from `pending` into the history.
public struct SavingState: Sendable, Equatable {
    /// Changes sent to the store and not yet confirmed by `.saved` / `.deleted` (the UI shows them as "Saving…").
    public internal(set) var pending: [RecordChange] = []
    /// Confirmed changes that `u` undoes and Ctrl-R redoes.
    public internal(set) var history = UndoStack()

    /// Nothing sent, nothing to undo.
    public init() {}
}
