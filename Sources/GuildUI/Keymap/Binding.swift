import TerminalGrid

/// One entry of the keymap, on any screen: an id, the keys that trigger it, its help text and group, and where it applies.
public struct Binding: Sendable, Equatable {
    /// The stable, namespaced id users remap ("pane.next", "meeting.timer.toggle"): the raw value of a screen's command
    /// (`Command`, `SkillsMapCommand`, `ProgrammeCommand`, `MeetingCommand`).
    public var id: String
    public var keys: [Key]
    /// What it does, as the help overlay lists it.
    public var help: String
    /// The heading it is listed under in the help overlay.
    public var group: String
    public var context: KeyContext
    /// A one-word label for the status bar; nil keeps it out of the status bar.
    public var hint: String?
    /// Takes its keys from broader contexts on purpose (the matrix's 1–3 over pane focus): not reported as a clash.
    public var shadows: Bool

    /// Creates a binding.
    public init(id: String, keys: [Key], help: String, group: String, context: KeyContext = .home, hint: String? = nil, shadows: Bool = false) {
        self.id = id
        self.keys = keys
        self.help = help
        self.group = group
        self.context = context
        self.hint = hint
        self.shadows = shadows
    }

    /// The keys as help text shows them ("Tab, C-n").
    public var keyNames: String {
        keys.isEmpty ? "(unbound)" : keys.map(\.displayName).joined(separator: ", ")
    }
}
