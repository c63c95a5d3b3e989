import TerminalGrid

/// One programme key binding: the command, its keys, help text, where it applies and an optional status-bar label.
public struct ProgrammeBinding: Sendable, Equatable {
    public var command: ProgrammeCommand
    public var keys: [Key]
    public var help: String
    public var context: ProgrammeContext
    /// A one-word label for the status bar; nil keeps it out.
    public var hint: String?

    public init(_ command: ProgrammeCommand, _ keys: [Key], _ help: String, _ context: ProgrammeContext, hint: String? = nil) {
        self.command = command
        self.keys = keys
        self.help = help
        self.context = context
        self.hint = hint
    }

    /// The binding's id (the command's raw value).
    public var id: String { command.rawValue }
}
