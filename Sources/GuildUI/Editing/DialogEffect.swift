/// What the dialog layer's reducer asks of the dashboard around it.
enum DialogEffect: Sendable, Equatable {
    /// Say this in the status line (`isError`: in the error role).
    case notice(String, isError: Bool)
    /// Hand this change to the save rule (pending, "Saving…", the store's `.save`); the dialog waits when it says so.
    case commit(RecordChange)
    /// Open this text in `$EDITOR` (the runtime's `.editText` effect).
    case editText(EditTextRequest)
    /// Run the binding with this id as if its key was pressed on the screen showing (the palette closed first).
    case runBinding(String)
    /// Switch to the theme with this name (the palette closed first).
    case selectTheme(String)
}
