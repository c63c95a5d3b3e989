import TerminalGrid

/// What the dialog layer's reducer applies: keys while a dialog is open, text back from `$EDITOR`, and the store's
/// answer to the change a form or quick add handed over.
enum DialogAction: Sendable, Equatable {
    /// A key while the dialog is open (its bindings first, then its text field).
    case keyPressed(Key)
    /// The text came back from `$EDITOR`: it goes into the field that asked for it.
    case textEdited(String)
    /// `$EDITOR` failed; the field keeps its text.
    case textEditFailed
    /// The store confirmed a change sent from this state: a form or quick add waiting for it closes.
    case saveConfirmed(RecordChange)
    /// The store refused a change sent from this state: a form or quick add waiting for it stays, with what was typed.
    case saveRefused(SaveRefusal)
}
