import GuildCore

/// One line of the command palette: what it does, its keys, where it applies, and what choosing it runs.
public struct PaletteEntry: Sendable, Equatable {
    /// What choosing an entry does.
    public enum Run: Sendable, Equatable {
        /// A binding of the keymap (by id), as if its key was pressed where the palette was opened.
        case binding(String)
        /// Switch to the theme with this name.
        case theme(String)
        /// Open the form for a new record of this kind.
        case new(RecordKind)
        /// Pick an existing record of this kind to edit.
        case edit(RecordKind)
        /// Pick an existing record of this kind to delete.
        case delete(RecordKind)
    }

    /// The words searched and shown ("new topic", "focus the next pane").
    public let title: String
    /// The keys that do the same ("Tab, C-n"), or "".
    public let keys: String
    /// Where it applies, when not everywhere ("in forms").
    public let place: String
    /// What choosing the entry does.
    public let run: Run
    /// Whether it can run from where the palette was opened.
    public let isAvailable: Bool
}
