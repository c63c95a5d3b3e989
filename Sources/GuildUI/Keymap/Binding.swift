import TerminalGrid

/// One entry of the keymap: an id, the keys that trigger it, its help text and group, and where it applies.
public struct Binding: Sendable, Equatable {
    /// The stable id users remap ("pane.next"); see `Command`.
    public var id: String
    public var keys: [Key]
    /// What it does, as the help overlay lists it.
    public var help: String
    /// The heading it is listed under in the help overlay.
    public var group: String
    public var context: KeyContext
    /// A one-word label for the status bar; nil keeps it out of the status bar.
    public var hint: String?

    /// Creates a binding.
    public init(id: String, keys: [Key], help: String, group: String, context: KeyContext = .home, hint: String? = nil) {
        self.id = id
        self.keys = keys
        self.help = help
        self.group = group
        self.context = context
        self.hint = hint
    }

    /// The keys as help text shows them ("Tab, C-n").
    public var keyNames: String {
        keys.isEmpty ? "(unbound)" : keys.map(\.displayName).joined(separator: ", ")
    }
}
