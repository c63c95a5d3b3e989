import TerminalGrid

extension Keymap {
    /// The communities, health, your week and agenda proposals screens' keys. The dashboard keys that open them (C, H, c) are in `Keymap.screens`.
    public static let programme: [Binding] = {
        func programme(_ command: ProgrammeCommand, _ keys: [Key], _ help: String, context: KeyContext = .programme, hint: String? = nil) -> Binding {
            Binding(id: command.rawValue, keys: keys, help: help, group: "Communities and health", context: context, hint: hint)
        }
        return [
            programme(.up, [.up, .char("k")], "previous community / scroll up"),
            programme(.down, [.down, .char("j")], "next community / scroll down", hint: "move"),
            programme(.pageUp, [.pageUp], "page up"),
            programme(.pageDown, [.pageDown, .char(" ")], "page down"),
            programme(.first, [.home, .char("g")], "first"),
            programme(.last, [.end, .char("G")], "last"),
            programme(.scopeToSelected, [.enter], "scope the dashboard to this community", context: .communities, hint: "scope"),
            programme(.cycleScope, [.char("c")], "next community scope", context: .health, hint: "scope"),
            Binding(id: ProgrammeCommand.acceptProposal.rawValue, keys: [.enter], help: "accept the proposal under the cursor into its meeting's agenda",
                    group: "Agenda proposals", context: .proposals, hint: "accept"),
            programme(.switchScreen, [.tab], "switch between communities and health", hint: "switch"),
            programme(.close, [.escape, .char("C"), .char("H"), .char("Y"), .char("P")], "back to the dashboard", hint: "back"),
        ]
    }()
}
