import TerminalGrid

extension Keymap {
    /// The skills map's keys: its views, moving, opening, asking, and each tab's own. The dashboard keys that open it
    /// (s, w, p, L) are in `Keymap.screens`; help, quit and the palette are the shared `app.*` bindings.
    public static let skillsMap: [Binding] = {
        func view(_ command: SkillsMapCommand, _ key: Character) -> Binding {
            Binding(id: command.rawValue, keys: [.char(key)], help: "view " + (command.tab?.title.lowercased() ?? ""), group: "Skills map views",
                    context: .skills)
        }
        func skills(_ command: SkillsMapCommand, _ keys: [Key], _ help: String, group: String = "Skills map", context: KeyContext = .skills,
                    hint: String? = nil) -> Binding {
            Binding(id: command.rawValue, keys: keys, help: help, group: group, context: context, hint: hint)
        }
        return [
            skills(.tabNext, [.tab], "next view", group: "Skills map views", hint: "view"),
            skills(.tabPrevious, [.backTab], "previous view", group: "Skills map views"),
            view(.tabMatrix, "1"), view(.tabGaps, "2"), view(.tabPairs, "3"), view(.tabWho, "4"),
            view(.tabTopics, "5"), view(.tabSolutions, "6"), view(.tabLearnings, "7"), view(.tabStaffing, "8"),
            skills(.up, [.up, .char("k")], "move up"),
            skills(.down, [.down, .char("j")], "move down"),
            skills(.pageUp, [.pageUp], "page up"),
            skills(.pageDown, [.pageDown, .char(" ")], "page down"),
            skills(.first, [.home, .char("g")], "first row"),
            skills(.last, [.end, .char("G")], "last row"),
            skills(.open, [.enter], "open the selected person or skill (in the matrix: the row's person)", hint: "open"),
            skills(.query, [.char("/")], "ask, search or name skills (who, solutions, learnings, staffing)", hint: "ask"),
            skills(.close, [.escape], "back: close the person or skill, or leave the skills map", hint: "back"),
            skills(.left, [.left, .char("h")], "previous skill", group: "Matrix view", context: .skillsMatrix),
            skills(.right, [.right, .char("l")], "next skill", group: "Matrix view", context: .skillsMatrix),
            skills(.openSkill, [.char("v")], "view the skill under the cursor", group: "Matrix view", context: .skillsMatrix, hint: "skill"),
            skills(.sort, [.char("o")], "sort by person → team → the cursor's skill → coverage", group: "Matrix view", context: .skillsMatrix,
                   hint: "sort"),
            skills(.team, [.char("T")], "filter by team (cycles)", group: "Matrix view", context: .skillsMatrix, hint: "team"),
            skills(.category, [.char("c")], "filter by category (cycles)", group: "Matrix view", context: .skillsMatrix, hint: "category"),
            skills(.minimumLevel, [.char("m")], "minimum level 0–4 (cycles)", group: "Matrix view", context: .skillsMatrix, hint: "min"),
            skills(.interest, [.char("i")], "interest: any → wants to learn → happy to teach", group: "Matrix view", context: .skillsMatrix,
                   hint: "interest"),
            skills(.clearFilters, [.char("x")], "clear the filters", group: "Matrix view", context: .skillsMatrix),
            skills(.redraw, [.char("r")], "draw the pairs again with a new seed", group: "Pairs view", context: .skillsPairs, hint: "redraw"),
            skills(.mark, [.char("m")], "mark the person for a swap; marking a second one swaps the two", group: "Pairs view",
                   context: .skillsPairs, hint: "swap"),
            skills(.record, [.char("s")], "record this round (saved at once)", group: "Pairs view", context: .skillsPairs, hint: "record"),
            skills(.history, [.char("h")], "the pairing history (who paired with whom, and when), or back to the proposal",
                   group: "Pairs view", context: .skillsPairs, hint: "history"),
            skills(.queryAccept, [.enter], "run the query", group: "Typing a query", context: .skillsQuery, hint: "run"),
            skills(.queryCancel, [.escape], "stop typing, keep the last query", group: "Typing a query", context: .skillsQuery, hint: "cancel"),
        ]
    }()
}
