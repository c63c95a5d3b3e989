import Foundation
import TerminalGrid

/// Every key binding of every screen as data: reducers ask it which command a key means in their context, and the help
/// overlays, the palette, the status-bar hints and the README's keys section are generated from it.
///
/// Users override bindings by id in `$XDG_CONFIG_HOME/guild/keys.json`: `{"pane.next": ["tab", "ctrl+n"], "meeting.timer.toggle": ["t"]}`.
/// When one key ends up on two ids, the narrower context wins (home over global), and within one context the user's override.
public struct Keymap: Sendable, Equatable {
    /// Every binding, in the order help and hints list them.
    public private(set) var bindings: [Binding]
    private var table: [KeyContext: [Key: String]]

    /// Creates a keymap from bindings.
    public init(bindings: [Binding]) {
        self.bindings = bindings
        self.table = Keymap.makeTable(bindings)
    }

    /// The binding id a key means in `context`, searching the narrowest context first; nil when unbound.
    /// Where a text field has the keys (`KeyContext.isTextEntry`), a printable key is always text: never a command.
    public func command(for key: Key, in context: KeyContext) -> String? {
        let printable = Keymap.isPrintable(key)
        for candidate in context.chain {
            if printable, context.isTextEntry || candidate.isTextEntry { return nil }
            if let id = table[candidate]?[key] { return id }
        }
        return nil
    }

    /// The command of a screen's own vocabulary (`MeetingCommand`, `SkillsMapCommand`…) a key means in `context`.
    public func command<Command: RawRepresentable>(_ type: Command.Type, for key: Key, in context: KeyContext) -> Command?
        where Command.RawValue == String {
        command(for: key, in: context).flatMap(Command.init(rawValue:))
    }

    /// The binding with `id`.
    public func binding(_ id: String) -> Binding? {
        bindings.first { $0.id == id }
    }

    /// The keys of binding `id` as the screen names them ("→, ]"), or `fallback` when it has none.
    public func keyNames(_ id: String, fallback: String = "(unbound)") -> String {
        guard let binding = binding(id), !binding.keys.isEmpty else { return fallback }
        return binding.keyNames
    }

    /// The first key of binding `id` as the screen names it ("→"), or the id when it has no key.
    public func firstKeyName(_ id: String) -> String {
        binding(id)?.keys.first?.displayName ?? id
    }

    /// The bindings a screen lists: its own contexts' first, then the shared ones that work there (`KeyScreen.shared`).
    public func bindings(of screen: KeyScreen, includingShared: Bool = true) -> [Binding] {
        let own = bindings.filter { screen.contexts.contains($0.context) }
        guard includingShared else { return own }
        return own + bindings.filter { screen.shared.contains($0.context) }
    }

    /// The groups of a screen's bindings in first-appearance order, each with its bindings (what its help lists).
    public func groups(of screen: KeyScreen, includingShared: Bool = true) -> [(name: String, bindings: [Binding])] {
        var order: [String] = []
        var members: [String: [Binding]] = [:]
        for binding in bindings(of: screen, includingShared: includingShared) {
            if members[binding.group] == nil { order.append(binding.group) }
            members[binding.group, default: []].append(binding)
        }
        return order.map { ($0, members[$0] ?? []) }
    }

    /// Status-bar hints for `context`: (key name, label) for each binding reachable from it that has a `hint`, `include`s
    /// and still has a key meaning it here. A focused part's hints come first, then the screen's, then the shared ones,
    /// each in keymap order; neighbours with the same label merge ("0–4 level").
    public func hints(for context: KeyContext, including include: (Binding) -> Bool = { _ in true }) -> [(key: String, label: String)] {
        let contexts = context.chain
        var merged: [(keys: [String], label: String)] = []
        let ordered = bindings.enumerated().compactMap { index, binding -> (breadth: Int, index: Int, key: String, label: String)? in
            guard contexts.contains(binding.context), let hint = binding.hint, include(binding),
                  let key = binding.keys.first(where: { command(for: $0, in: context) == binding.id }) else { return nil }
            return (binding.context.breadth, index, key.displayName, hint)
        }.sorted { ($0.breadth, $0.index) < ($1.breadth, $1.index) }
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

    /// Keys that mean two things in `context`: two bindings of one context sharing a key, or a broader binding's key taken
    /// by a narrower one that does not say it `shadows` on purpose. Described by name ("key \"q\" is bound to both …").
    public func clashes(in context: KeyContext) -> [String] {
        let chain = context.chain
        let reachable = bindings.filter { chain.contains($0.context) }
        var result: [String] = []
        for (i, a) in reachable.enumerated() {
            for b in reachable[(i + 1)...] {
                let rankA = chain.firstIndex(of: a.context)!, rankB = chain.firstIndex(of: b.context)!
                if rankA != rankB, (rankA < rankB ? a : b).shadows { continue }
                for key in a.keys where b.keys.contains(key) {
                    result.append("key \"\(key.spec ?? key.displayName)\" is bound to both \(a.id) and \(b.id)")
                }
            }
        }
        return result
    }

    /// Every clash in any context of any screen, each reported once.
    public var clashes: [String] {
        var seen: Set<String> = []
        return KeyContext.allCases.flatMap { clashes(in: $0) }.filter { seen.insert($0).inserted }
    }

    /// Printable keys bound where a text field has the keys: they would be typed, never run.
    public var keysTakenByText: [String] {
        bindings.filter(\.context.isTextEntry).flatMap { binding in
            binding.keys.filter(Keymap.isPrintable).map {
                "\"\(binding.id)\": key \"\($0.spec ?? $0.displayName)\" is text \(binding.context.place); use a key such as enter, esc, tab or ctrl+…"
            }
        }
    }

    /// This keymap with the user's overrides (`{"id": ["key", ...]}` or `{"id": "key"}`) applied; reports unknown ids,
    /// unknown key names, printable keys where a text field has the keys, and clashes in any context of any screen.
    public func applying(overrides data: Data, source: String = "keys.json") -> (keymap: Keymap, problems: [String]) {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return (self, ["\(source): not a JSON object of binding ids to key lists, e.g. {\"pane.next\": [\"tab\", \"ctrl+n\"]}"])
        }
        var problems: [String] = []
        var updated = bindings
        var overridden: Set<String> = []
        for id in object.keys.sorted() {
            guard let index = updated.firstIndex(where: { $0.id == id }) else {
                problems.append("\(source): unknown binding id \"\(id)\" (\(Keymap.suggestion(for: id, among: bindings.map(\.id))))")
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
        problems += keymap.keysTakenByText.map { "\(source): \($0)" }
        problems += keymap.clashes.map { "\(source): \($0)" }
        return (keymap, problems)
    }

    /// What to say about an unknown id: known ids that look like it (fuzzy, else of the same namespace), and where all are listed.
    private static func suggestion(for id: String, among ids: [String]) -> String {
        var close = FuzzyMatch.rank(id, ids).prefix(5).map { ids[$0] }
        if close.isEmpty, let namespace = id.split(separator: ".").first {
            close = Array(ids.filter { $0.hasPrefix(namespace + ".") }.prefix(8))
        }
        return (close.isEmpty ? "" : "did you mean " + close.joined(separator: ", ") + "? ") + "`guild keys` lists every id"
    }

    /// Whether a key types a character in a text field.
    static func isPrintable(_ key: Key) -> Bool {
        if case .char = key { return true }
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
