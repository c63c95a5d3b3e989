import TerminalGrid

extension Keymap {
    /// Syncing with the team's git remote from the dashboard, and the conflicts screen's keys.
    public static let syncAndConflicts: [Binding] = [
        Binding(id: Command.syncNow.rawValue, keys: [.char("S")], help: "sync through git now: commit, merge, push",
                group: "Sync and conflicts"),
        Binding(id: Command.conflictsOpen.rawValue, keys: [.char("M")], help: "resolve merge conflicts left by a sync",
                group: "Sync and conflicts"),
        Binding(id: Command.conflictsUp.rawValue, keys: [.up, .char("k")], help: "previous disputed field", group: "Sync and conflicts",
                context: .conflicts),
        Binding(id: Command.conflictsDown.rawValue, keys: [.down, .char("j")], help: "next disputed field", group: "Sync and conflicts",
                context: .conflicts, hint: "field"),
        Binding(id: Command.conflictsOptionPrevious.rawValue, keys: [.left, .char("h")], help: "choose the previous value",
                group: "Sync and conflicts", context: .conflicts),
        Binding(id: Command.conflictsOptionNext.rawValue, keys: [.right, .char("l"), .char(" ")], help: "choose the next value",
                group: "Sync and conflicts", context: .conflicts, hint: "choose"),
        Binding(id: Command.conflictsNext.rawValue, keys: [.tab], help: "next conflicted record", group: "Sync and conflicts",
                context: .conflicts, hint: "record"),
        Binding(id: Command.conflictsPrevious.rawValue, keys: [.backTab], help: "previous conflicted record", group: "Sync and conflicts",
                context: .conflicts),
        Binding(id: Command.conflictsResolve.rawValue, keys: [.enter], help: "keep the chosen values and save the record",
                group: "Sync and conflicts", context: .conflicts, hint: "keep"),
        Binding(id: Command.conflictsClose.rawValue, keys: [.escape, .char("M")], help: "back to the dashboard (nothing changes)",
                group: "Sync and conflicts", context: .conflicts, hint: "back"),
    ]
}
