import GuildCore
import TerminalGrid

/// The command palette: every binding of the keymap with its keys, plus one entry per theme and per record kind
/// (new / edit… / delete…), searched fuzzily as you type. Built from the keymap, so it never disagrees with `?`.
public struct Palette: Sendable, Equatable {
    /// The search text.
    public internal(set) var field = TextField()
    /// The highlighted entry, an index into `matches`.
    public internal(set) var selected = 0
    /// The context the palette was opened from: bindings of that context run, others are listed as "in forms" and so on.
    public let origin: KeyContext

    /// An empty palette opened from `origin`.
    init(origin: KeyContext) {
        self.origin = origin
    }

    /// The record kinds the palette creates, edits and deletes.
    static let kinds: [RecordKind] = RecordEditor.all.map(\.kind)

    /// Every entry: bindings first (keymap order), then themes and records.
    static func entries(keymap: Keymap, themes: [String], origin: KeyContext) -> [PaletteEntry] {
        let reachable = origin.chain
        var entries = keymap.bindings.compactMap { binding -> PaletteEntry? in
            guard let command = Command(rawValue: binding.id) else { return nil }
            return PaletteEntry(title: binding.help, keys: binding.keys.isEmpty ? "" : binding.keyNames, place: binding.context.place,
                                run: .command(command), isAvailable: reachable.contains(binding.context) && command != .appPalette)
        }
        for kind in kinds {
            let noun = kind.descriptor.noun
            entries.append(PaletteEntry(title: "new \(noun)", keys: "", place: "", run: .new(kind), isAvailable: true))
            entries.append(PaletteEntry(title: "edit \(noun)…", keys: "", place: "", run: .edit(kind), isAvailable: true))
            entries.append(PaletteEntry(title: "delete \(noun)…", keys: "", place: "", run: .delete(kind), isAvailable: true))
        }
        for theme in themes {
            entries.append(PaletteEntry(title: "theme \(theme)", keys: "", place: "", run: .theme(theme), isAvailable: true))
        }
        return entries
    }

    /// The entries matching the typed text, best first; what cannot run from here goes last.
    func matches(keymap: Keymap, themes: [String]) -> [PaletteEntry] {
        let all = Self.entries(keymap: keymap, themes: themes, origin: origin)
        let ranked = FuzzyMatch.rank(field.text, all.map { $0.title + " " + $0.keys })
        let available = ranked.filter { all[$0].isAvailable }
        let elsewhere = ranked.filter { !all[$0].isAvailable }
        return (available + elsewhere).map { all[$0] }
    }
}
