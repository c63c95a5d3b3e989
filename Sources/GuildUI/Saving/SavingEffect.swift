/// What the saving feature's reducer asks of the dashboard around it.
enum SavingEffect: Sendable, Equatable {
    /// Durably make this change against the store (the runtime's `.save` effect).
    case save(RecordChange)
    /// Say this in the status line (`isError`: in the error role).
    case notice(String, isError: Bool)
    /// This change, sent from here, is confirmed: the dialog waiting for it closes and a new record is selected.
    case confirmed(RecordChange)
    /// This change, sent from here, was refused: the dialog waiting for it keeps what the user typed and says why.
    case refused(SaveRefusal)
}
