import TerminalGrid

/// One meeting key binding: the command, its keys, help text and group, where it applies, and an optional status-bar label.
public struct MeetingBinding: Sendable, Equatable {
    public var command: MeetingCommand
    public var keys: [Key]
    /// What it does, as the help overlay lists it.
    public var help: String
    /// The heading it is listed under.
    public var group: String
    public var context: MeetingContext
    /// A one-word label for the status bar; nil keeps it out.
    public var hint: String?

    /// Creates a binding.
    public init(_ command: MeetingCommand, _ keys: [Key], _ help: String, group: String, context: MeetingContext, hint: String? = nil) {
        self.command = command
        self.keys = keys
        self.help = help
        self.group = group
        self.context = context
        self.hint = hint
    }

    /// The binding's id (the command's raw value).
    public var id: String { command.rawValue }

    /// The keys as help text shows them ("→, ]").
    public var keyNames: String {
        keys.isEmpty ? "(unbound)" : keys.map(\.displayName).joined(separator: ", ")
    }
}
