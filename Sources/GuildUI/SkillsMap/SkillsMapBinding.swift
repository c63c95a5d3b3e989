import TerminalGrid

/// One skills-map key binding: the command, its keys, help text, where it applies and a status-bar hint.
public struct SkillsMapBinding: Sendable, Equatable {
    public var command: SkillsMapCommand
    public var keys: [Key]
    public var help: String
    public var context: SkillsMapContext
    public var hint: String?

    public init(_ command: SkillsMapCommand, _ keys: [Key], _ help: String, _ context: SkillsMapContext = .screen, hint: String? = nil) {
        self.command = command
        self.keys = keys
        self.help = help
        self.context = context
        self.hint = hint
    }
}
