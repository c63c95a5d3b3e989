import Foundation
import TerminalGrid

/// The key bindings as data: the reducer asks it which command a key means, and help and hints are generated from it.
///
/// Users override bindings by id in `$XDG_CONFIG_HOME/guild/keys.json`: `{"pane.next": ["tab", "ctrl+n"], "app.quit": ["q"]}`.
/// When one key ends up on two ids, the narrower context wins (home over global), and within one context the binding listed first.
public struct Keymap: Sendable, Equatable {
    /// Every binding, in the order help and hints list them.
    public private(set) var bindings: [Binding]
    private var table: [KeyContext: [Key: String]]

    /// Creates a keymap from bindings.
    public init(bindings: [Binding]) {
        self.bindings = bindings
        self.table = Keymap.makeTable(bindings)
    }

    /// The bindings Guild ships with.
    public static let standard = Keymap(bindings: [
        Binding(id: Command.paneNext.rawValue, keys: [.tab], help: "focus the next pane", group: "Panes", hint: "pane"),
        Binding(id: Command.panePrevious.rawValue, keys: [.backTab], help: "focus the previous pane", group: "Panes"),
        Binding(id: Command.paneSessions.rawValue, keys: [.char("1")], help: "focus Upcoming sessions", group: "Panes"),
        Binding(id: Command.paneMatrix.rawValue, keys: [.char("2")], help: "focus Skills matrix", group: "Panes"),
        Binding(id: Command.paneActions.rawValue, keys: [.char("3")], help: "focus Open action items", group: "Panes"),
        Binding(id: Command.itemOpen.rawValue, keys: [.enter], help: "open the selected item in a detail view", group: "Panes", hint: "open"),
        Binding(id: Command.filterStart.rawValue, keys: [.char("/")], help: "filter the focused pane as you type", group: "Filter", hint: "filter"),
        Binding(id: Command.paneZoom.rawValue, keys: [.char("z")], help: "zoom the focused pane to full screen, or back", group: "Panes", hint: "zoom"),
        Binding(id: Command.viewBack.rawValue, keys: [.escape], help: "clear the pane's filter, or leave zoom", group: "Panes"),
        Binding(id: Command.cursorUp.rawValue, keys: [.up, .char("k")], help: "move up", group: "Move"),
        Binding(id: Command.cursorDown.rawValue, keys: [.down, .char("j")], help: "move down", group: "Move"),
        Binding(id: Command.cursorLeft.rawValue, keys: [.left, .char("h")], help: "previous skill (matrix)", group: "Move"),
        Binding(id: Command.cursorRight.rawValue, keys: [.right, .char("l")], help: "next skill (matrix)", group: "Move"),
        Binding(id: Command.cursorPageUp.rawValue, keys: [.pageUp], help: "page up", group: "Move"),
        Binding(id: Command.cursorPageDown.rawValue, keys: [.pageDown], help: "page down", group: "Move"),
        Binding(id: Command.cursorFirst.rawValue, keys: [.home, .char("g")], help: "first row", group: "Move"),
        Binding(id: Command.cursorLast.rawValue, keys: [.end, .char("G")], help: "last row", group: "Move"),
        Binding(id: Command.filterAccept.rawValue, keys: [.enter], help: "keep the filter and go back to the list", group: "Filter",
                context: .filter, hint: "keep"),
        Binding(id: Command.filterCancel.rawValue, keys: [.escape], help: "clear the filter", group: "Filter", context: .filter, hint: "clear"),
        Binding(id: Command.overlayClose.rawValue, keys: [.escape], help: "close the help or detail view", group: "Help and details",
                context: .overlay, hint: "back"),
        Binding(id: Command.overlayUp.rawValue, keys: [.up, .char("k")], help: "scroll up", group: "Help and details", context: .overlay),
        Binding(id: Command.overlayDown.rawValue, keys: [.down, .char("j")], help: "scroll down", group: "Help and details", context: .overlay,
                hint: "scroll"),
        Binding(id: Command.overlayPageUp.rawValue, keys: [.pageUp], help: "scroll a page up", group: "Help and details", context: .overlay),
        Binding(id: Command.overlayPageDown.rawValue, keys: [.pageDown, .char(" ")], help: "scroll a page down", group: "Help and details",
                context: .overlay),
        Binding(id: Command.overlayTop.rawValue, keys: [.home, .char("g")], help: "scroll to the top", group: "Help and details", context: .overlay),
        Binding(id: Command.overlayBottom.rawValue, keys: [.end, .char("G")], help: "scroll to the bottom", group: "Help and details",
                context: .overlay),
        Binding(id: Command.appPalette.rawValue, keys: [.char(":")], help: "command palette: search every action", group: "App",
                context: .global, hint: "commands"),
        Binding(id: Command.appHelp.rawValue, keys: [.char("?")], help: "show or hide this help", group: "App", context: .global, hint: "help"),
        Binding(id: Command.appTheme.rawValue, keys: [.char("t")], help: "next colour theme", group: "App", context: .global, hint: "theme"),
        Binding(id: Command.appQuit.rawValue, keys: [.char("q"), .ctrl("c")], help: "quit", group: "App", context: .global, hint: "quit"),
    ] + editing + screens + syncAndConflicts)

    /// The keys that open the other screens from the dashboard: the skills map, the programme screens and a live meeting.
    /// They live here, not in those screens' own keymaps, so `?`, the palette and `keys.json` know them like any other.
    public static let screens: [Binding] = [
        Binding(id: Command.screenSkills.rawValue, keys: [.char("s")], help: "skills map (matrix, gaps, pairs, topics…)", group: "Screens"),
        Binding(id: Command.screenWho.rawValue, keys: [.char("w")], help: "who to ask about something", group: "Screens"),
        Binding(id: Command.screenPairs.rawValue, keys: [.char("p")], help: "pairing roulette", group: "Screens"),
        Binding(id: Command.screenLearnings.rawValue, keys: [.char("L")], help: "learnings log", group: "Screens"),
        Binding(id: Command.screenCommunities.rawValue, keys: [.char("C")], help: "communities of practice", group: "Screens"),
        Binding(id: Command.screenHealth.rawValue, keys: [.char("H")], help: "programme health charts", group: "Screens"),
        Binding(id: Command.scopeNext.rawValue, keys: [.char("c")], help: "scope panes to the next community", group: "Screens"),
        Binding(id: Command.meetingStart.rawValue, keys: [.char("m")], help: "start a live meeting on the selected session", group: "Screens"),
    ]

    /// The editing bindings: new, edit, delete, quick add, matrix cells, action items, undo, forms, palette, confirmations.
    public static let editing: [Binding] = [
        Binding(id: Command.itemNew.rawValue, keys: [.char("n")], help: "new item of the focused pane's kind", group: "Edit"),
        Binding(id: Command.itemEdit.rawValue, keys: [.char("e")], help: "edit the selected item", group: "Edit"),
        Binding(id: Command.itemDelete.rawValue, keys: [.delete, .char("D")], help: "delete the selected item (asks first)", group: "Edit"),
        Binding(id: Command.actionQuickAdd.rawValue, keys: [.char("a")], help: "add action item (quick add)",
                group: "Edit", context: .global, hint: "add"),
        Binding(id: Command.editUndo.rawValue, keys: [.char("u")], help: "undo the last change (saved at once)", group: "Edit",
                context: .global, hint: "undo"),
        Binding(id: Command.editRedo.rawValue, keys: [.ctrl("r")], help: "redo the last undone change", group: "Edit", context: .global),
        Binding(id: Command.detailEdit.rawValue, keys: [.char("e")], help: "edit what the detail view shows", group: "Edit",
                context: .detail, hint: "edit"),
        Binding(id: Command.detailDelete.rawValue, keys: [.delete, .char("D")], help: "delete what the detail view shows (asks first)",
                group: "Edit", context: .detail),

        Binding(id: Command.matrixLevel0.rawValue, keys: [.char("0")], help: "set level 0 none", group: "Skills matrix",
                context: .matrix, hint: "level", shadows: true),
        Binding(id: Command.matrixLevel1.rawValue, keys: [.char("1")], help: "set level 1 learning", group: "Skills matrix",
                context: .matrix, hint: "level", shadows: true),
        Binding(id: Command.matrixLevel2.rawValue, keys: [.char("2")], help: "set level 2 working knowledge", group: "Skills matrix",
                context: .matrix, hint: "level", shadows: true),
        Binding(id: Command.matrixLevel3.rawValue, keys: [.char("3")], help: "set level 3 proficient", group: "Skills matrix",
                context: .matrix, hint: "level", shadows: true),
        Binding(id: Command.matrixLevel4.rawValue, keys: [.char("4")], help: "set level 4 expert / can teach", group: "Skills matrix",
                context: .matrix, hint: "level", shadows: true),
        Binding(id: Command.matrixInterest.rawValue, keys: [.char("i")],
                help: "cycle interest: learn → teach → both → none", group: "Skills matrix", context: .matrix, hint: "interest"),
        Binding(id: Command.matrixClear.rawValue, keys: [.backspace], help: "delete the cell's latest rating (asks first)", group: "Skills matrix",
                context: .matrix),

        Binding(id: Command.actionToggleDone.rawValue, keys: [.char("x"), .char(" ")], help: "mark the action item done, or open again",
                group: "Action items", context: .actions, hint: "done"),
        Binding(id: Command.actionDrop.rawValue, keys: [.char("d")], help: "drop the action item", group: "Action items",
                context: .actions, hint: "drop"),
        Binding(id: Command.actionReassign.rawValue, keys: [.char("r")], help: "reassign the action item (person picker)",
                group: "Action items", context: .actions, hint: "reassign"),

        Binding(id: Command.formSubmit.rawValue, keys: [.enter], help: "save the form", group: "Forms", context: .form, hint: "save"),
        Binding(id: Command.formCancel.rawValue, keys: [.escape], help: "close the form without saving", group: "Forms",
                context: .form, hint: "cancel"),
        Binding(id: Command.formNext.rawValue, keys: [.tab, .down], help: "next field (completes a name)", group: "Forms",
                context: .form, hint: "next"),
        Binding(id: Command.formPrevious.rawValue, keys: [.backTab, .up], help: "previous field", group: "Forms", context: .form),
        Binding(id: Command.formEditor.rawValue, keys: [.ctrl("x")], help: "edit the field in $EDITOR (multi-line text)", group: "Forms",
                context: .form, hint: "$EDITOR"),
        Binding(id: Command.formTakeTheirs.rawValue, keys: [.ctrl("t")], help: "after a conflict: take the values on disk now",
                group: "Forms", context: .form),
        Binding(id: Command.formOptionNext.rawValue, keys: [.right, .char(" ")], help: "next option of a choice or yes/no field",
                group: "Forms", context: .formChoice, hint: "change"),
        Binding(id: Command.formOptionPrevious.rawValue, keys: [.left], help: "previous option of a choice field", group: "Forms",
                context: .formChoice),
        Binding(id: Command.pickerNext.rawValue, keys: [.down, .ctrl("n")], help: "next suggestion in a people or skills field",
                group: "Forms", context: .formPicker, hint: "pick", shadows: true),
        Binding(id: Command.pickerPrevious.rawValue, keys: [.up, .ctrl("p")], help: "previous suggestion", group: "Forms",
                context: .formPicker, shadows: true),

        Binding(id: Command.paletteRun.rawValue, keys: [.enter], help: "run the command, or open the record",
                group: "Palette and pickers", context: .palette, hint: "run"),
        Binding(id: Command.paletteClose.rawValue, keys: [.escape], help: "close the palette or picker", group: "Palette and pickers",
                context: .palette, hint: "close"),
        Binding(id: Command.paletteNext.rawValue, keys: [.down, .ctrl("n")], help: "next entry", group: "Palette and pickers",
                context: .palette),
        Binding(id: Command.palettePrevious.rawValue, keys: [.up, .ctrl("p")], help: "previous entry", group: "Palette and pickers",
                context: .palette),

        Binding(id: Command.quickAddSave.rawValue, keys: [.enter], help: "add the action item", group: "Quick add", context: .quickAdd,
                hint: "add"),
        Binding(id: Command.quickAddExpand.rawValue, keys: [.tab], help: "open the full form with what you typed", group: "Quick add",
                context: .quickAdd, hint: "form"),
        Binding(id: Command.quickAddCancel.rawValue, keys: [.escape], help: "close quick add", group: "Quick add", context: .quickAdd,
                hint: "cancel"),

        Binding(id: Command.confirmYes.rawValue, keys: [.char("y"), .enter], help: "yes, do it", group: "Confirm", context: .confirm, hint: "yes"),
        Binding(id: Command.confirmNo.rawValue, keys: [.char("n"), .escape], help: "no, keep it", group: "Confirm", context: .confirm, hint: "no"),
    ]

    /// The command id a key means in `context`, searching the narrowest context first; nil when unbound.
    public func command(for key: Key, in context: KeyContext) -> String? {
        for candidate in context.chain {
            if let id = table[candidate]?[key] { return id }
        }
        return nil
    }

    /// The binding with `id`.
    public func binding(_ id: String) -> Binding? {
        bindings.first { $0.id == id }
    }

    /// The groups in first-appearance order, each with its bindings (what the help overlay lists).
    public var groups: [(name: String, bindings: [Binding])] {
        var order: [String] = []
        var members: [String: [Binding]] = [:]
        for binding in bindings {
            if members[binding.group] == nil { order.append(binding.group) }
            members[binding.group, default: []].append(binding)
        }
        return order.map { ($0, members[$0] ?? []) }
    }

    /// Status-bar hints for `context` (bindings with a `hint` and at least one key, in keymap order): (key name, label).
    /// The narrowest context's hints come first; neighbours with the same label merge ("0–4 level").
    public func hints(for context: KeyContext) -> [(key: String, label: String)] {
        let contexts = context.chain
        var merged: [(keys: [String], label: String)] = []
        let ordered = bindings.enumerated().compactMap { index, binding -> (rank: Int, index: Int, key: String, label: String)? in
            guard let rank = contexts.firstIndex(of: binding.context), let hint = binding.hint, let key = binding.keys.first else { return nil }
            return (rank, index, key.displayName, hint)
        }.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }
        for hint in ordered {
            if let last = merged.last, last.label == hint.label {
                merged[merged.count - 1].keys.append(hint.key)
            } else {
                merged.append(([hint.key], hint.label))
            }
        }
        return merged.map { entry in
            let keys = entry.keys.count > 2 ? entry.keys[0] + "–" + entry.keys[entry.keys.count - 1] : entry.keys.joined(separator: "/")
            return (keys, entry.label)
        }
    }

    /// Pairs of ids that share a key in overlapping contexts, described by name ("key \"q\": app.quit and pane.zoom").
    public var clashes: [String] {
        var result: [String] = []
        for (i, a) in bindings.enumerated() {
            for b in bindings[(i + 1)...] where a.context.overlaps(b.context) && !Keymap.shadowsOnPurpose(a, b) {
                for key in a.keys where b.keys.contains(key) {
                    result.append("key \"\(key.spec ?? key.displayName)\" is bound to both \(a.id) and \(b.id)")
                }
            }
        }
        return result
    }

    /// This keymap with the user's overrides (`{"id": ["key", ...]}` or `{"id": "key"}`) applied; reports unknown ids, unknown key names and clashes.
    public func applying(overrides data: Data, source: String = "keys.json") -> (keymap: Keymap, problems: [String]) {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return (self, ["\(source): not a JSON object of binding ids to key lists, e.g. {\"pane.next\": [\"tab\", \"ctrl+n\"]}"])
        }
        var problems: [String] = []
        var updated = bindings
        var overridden: Set<String> = []
        for id in object.keys.sorted() {
            guard let index = updated.firstIndex(where: { $0.id == id }) else {
                problems.append("\(source): unknown binding id \"\(id)\" (known: \(bindings.map(\.id).joined(separator: ", ")))")
                continue
            }
            let specs: [String]
            if let list = object[id] as? [String] {
                specs = list
            } else if let single = object[id] as? String {
                specs = [single]
            } else {
                problems.append("\(source): \"\(id)\": expected a list of key names such as [\"tab\", \"ctrl+n\"]")
                continue
            }
            var keys: [Key] = []
            for spec in specs {
                guard let key = Key(spec: spec) else {
                    problems.append("\(source): \"\(id)\": unknown key \"\(spec)\"")
                    continue
                }
                if !keys.contains(key) { keys.append(key) }
            }
            updated[index].keys = keys
            overridden.insert(id)
        }
        // Overridden bindings go first in the lookup table so an explicit choice wins a clash in the same context.
        var keymap = Keymap(bindings: updated)
        keymap.table = Keymap.makeTable(updated.filter { overridden.contains($0.id) } + updated.filter { !overridden.contains($0.id) })
        problems += keymap.clashes.map { "\(source): \($0)" }
        return (keymap, problems)
    }

    /// Whether one of two bindings in different contexts is the narrower one and takes the key on purpose.
    private static func shadowsOnPurpose(_ a: Binding, _ b: Binding) -> Bool {
        guard a.context != b.context else { return false }
        if a.shadows, a.context.chain.contains(b.context) { return true }
        if b.shadows, b.context.chain.contains(a.context) { return true }
        return false
    }

    private static func makeTable(_ bindings: [Binding]) -> [KeyContext: [Key: String]] {
        var table: [KeyContext: [Key: String]] = [:]
        for binding in bindings {
            for key in binding.keys where table[binding.context]?[key] == nil {
                table[binding.context, default: [:]][key] = binding.id
            }
        }
        return table
    }
}
