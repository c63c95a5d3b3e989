import TerminalGrid

/// The skills map's keys as data: the reducer asks it what a key means; the help and hints are generated from it.
/// The dashboard keys that open it (s, w, p, L) are in `Keymap.standard`, group "Screens".
public struct SkillsMapKeymap: Sendable, Equatable {
    public let bindings: [SkillsMapBinding]

    public init(bindings: [SkillsMapBinding]) {
        self.bindings = bindings
    }

    /// The bindings Guild ships with.
    public static let standard = SkillsMapKeymap(bindings: [
        SkillsMapBinding(.tabNext, [.tab], "next view", hint: "view"),
        SkillsMapBinding(.tabPrevious, [.backTab], "previous view"),
        SkillsMapBinding(.tab1, [.char("1")], "matrix"), SkillsMapBinding(.tab2, [.char("2")], "gaps"),
        SkillsMapBinding(.tab3, [.char("3")], "pairs"), SkillsMapBinding(.tab4, [.char("4")], "who to ask"),
        SkillsMapBinding(.tab5, [.char("5")], "topics"), SkillsMapBinding(.tab6, [.char("6")], "solutions"),
        SkillsMapBinding(.tab7, [.char("7")], "learnings"), SkillsMapBinding(.tab8, [.char("8")], "staffing"),
        SkillsMapBinding(.up, [.up, .char("k")], "move up"),
        SkillsMapBinding(.down, [.down, .char("j")], "move down"),
        SkillsMapBinding(.left, [.left, .char("h")], "previous skill", .matrix),
        SkillsMapBinding(.right, [.right, .char("l")], "next skill", .matrix),
        SkillsMapBinding(.pageUp, [.pageUp], "page up"),
        SkillsMapBinding(.pageDown, [.pageDown, .char(" ")], "page down"),
        SkillsMapBinding(.first, [.home, .char("g")], "first row"),
        SkillsMapBinding(.last, [.end, .char("G")], "last row"),
        SkillsMapBinding(.open, [.enter], "open the selected person or skill (in the matrix: the row's person)", hint: "open"),
        SkillsMapBinding(.openSkill, [.char("v")], "view the skill under the cursor", .matrix, hint: "skill"),
        SkillsMapBinding(.query, [.char("/")], "ask, search or name skills (who, solutions, learnings, staffing)", hint: "ask"),
        SkillsMapBinding(.sort, [.char("o")], "sort by person → team → the cursor's skill → coverage", .matrix, hint: "sort"),
        SkillsMapBinding(.team, [.char("T")], "filter by team (cycles)", .matrix, hint: "team"),
        SkillsMapBinding(.category, [.char("c")], "filter by category (cycles)", .matrix, hint: "category"),
        SkillsMapBinding(.minimumLevel, [.char("m")], "minimum level 0–4 (cycles)", .matrix, hint: "min"),
        SkillsMapBinding(.interest, [.char("i")], "interest: any → wants to learn → happy to teach", .matrix, hint: "interest"),
        SkillsMapBinding(.clearFilters, [.char("x")], "clear the filters", .matrix),
        SkillsMapBinding(.redraw, [.char("r")], "pairs: draw again with a new seed (record with `guild pairs`)", hint: "redraw"),
        SkillsMapBinding(.close, [.escape], "back: close the person or skill, or leave the skills map", hint: "back"),
        SkillsMapBinding(.help, [.char("?")], "show or hide this help", hint: "help"),
        SkillsMapBinding(.quit, [.char("q"), .ctrl("c")], "quit Guild"),
        SkillsMapBinding(.queryAccept, [.enter], "run the query", .typing, hint: "run"),
        SkillsMapBinding(.queryCancel, [.escape], "stop typing, keep the last query", .typing, hint: "cancel"),
    ])

    /// The command a key means in `context`; the matrix falls back to screen keys.
    public func command(for key: Key, in context: SkillsMapContext) -> SkillsMapCommand? {
        let chain: [SkillsMapContext] = switch context {
        case .matrix: [.matrix, .screen]
        case .screen: [.screen]
        case .dashboard: [.dashboard]
        case .typing: [.typing]
        }
        for candidate in chain {
            if let binding = bindings.first(where: { $0.context == candidate && $0.keys.contains(key) }) { return binding.command }
        }
        return nil
    }

    /// Status-bar hints for `context`: (key name, label).
    func hints(for context: SkillsMapContext) -> [(key: String, label: String)] {
        let contexts: [SkillsMapContext] = context == .matrix ? [.matrix, .screen] : [context]
        return contexts.flatMap { c in
            bindings.filter { $0.context == c }.compactMap { b in b.hint.flatMap { hint in b.keys.first.map { ($0.displayName, hint) } } }
        }
    }
}
