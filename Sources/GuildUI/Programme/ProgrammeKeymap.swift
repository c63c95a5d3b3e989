import TerminalGrid

/// The communities and health screens' keys as data; the dashboard keys that open them (C, H, c) are in
/// `Keymap.standard`, group "Screens".
public struct ProgrammeKeymap: Sendable, Equatable {
    public let bindings: [ProgrammeBinding]
    private let table: [ProgrammeContext: [Key: ProgrammeCommand]]

    public init(bindings: [ProgrammeBinding]) {
        self.bindings = bindings
        var table: [ProgrammeContext: [Key: ProgrammeCommand]] = [:]
        for binding in bindings {
            for key in binding.keys where table[binding.context]?[key] == nil {
                table[binding.context, default: [:]][key] = binding.command
            }
        }
        self.table = table
    }

    /// The bindings Guild ships with.
    public static let standard = ProgrammeKeymap(bindings: [
        ProgrammeBinding(.up, [.up, .char("k")], "previous community / scroll up", .screen),
        ProgrammeBinding(.down, [.down, .char("j")], "next community / scroll down", .screen, hint: "move"),
        ProgrammeBinding(.pageUp, [.pageUp], "page up", .screen),
        ProgrammeBinding(.pageDown, [.pageDown, .char(" ")], "page down", .screen),
        ProgrammeBinding(.first, [.home, .char("g")], "first", .screen),
        ProgrammeBinding(.last, [.end, .char("G")], "last", .screen),
        ProgrammeBinding(.scopeToSelected, [.enter], "scope the dashboard to this community", .communities, hint: "scope"),
        ProgrammeBinding(.cycleScope, [.char("c")], "next community scope", .health, hint: "scope"),
        ProgrammeBinding(.switchScreen, [.tab], "switch between communities and health", .screen, hint: "switch"),
        ProgrammeBinding(.close, [.escape, .char("C"), .char("H")], "back to the dashboard", .screen, hint: "back"),
        ProgrammeBinding(.quit, [.char("q"), .ctrl("c")], "quit", .screen, hint: "quit"),
    ])

    /// The command a key means in `context`, narrowest context first.
    public func command(for key: Key, in context: ProgrammeContext) -> ProgrammeCommand? {
        for candidate in context.chain {
            if let command = table[candidate]?[key] { return command }
        }
        return nil
    }

    /// Status-bar hints for `context`: (key name, label).
    public func hints(for context: ProgrammeContext) -> [(key: String, label: String)] {
        let contexts = context.chain
        return bindings.compactMap { binding in
            guard contexts.contains(binding.context), let hint = binding.hint, let key = binding.keys.first else { return nil }
            return (key.displayName, hint)
        }
    }
}
