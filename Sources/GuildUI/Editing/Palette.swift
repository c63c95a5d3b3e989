import GuildCore
import TerminalGrid

/// The command palette: every binding of the screen it was opened on with its keys, plus one entry per theme and per
/// record kind (new / edit… / delete…), searched fuzzily as you type. Built from the keymap, so it never disagrees with `?`.
public struct Palette: Sendable, Equatable {
    /// The search text.
    public internal(set) var field = TextField()
    /// The highlighted entry, an index into `matches`.
    public internal(set) var selected = 0
    /// The context the palette was opened from: bindings of that context run, others are listed as "in forms" and so on.
    public let origin: KeyContext
    /// The screen it was opened on, whose bindings it lists.
    public let screen: KeyScreen

    /// An empty palette opened from `origin` on `screen`.
    init(origin: KeyContext, screen: KeyScreen = .dashboard) {
        self.origin = origin
        self.screen = screen
    }

    /// The record kinds the palette creates, edits and deletes.
    static var kinds: [RecordKind] { RecordEditor.all.map(\.kind) }

    /// Every entry: bindings first (keymap order), then themes and records.
    static func entries(keymap: Keymap, themes: [String], origin: KeyContext, screen: KeyScreen = .dashboard) -> [PaletteEntry] {
        let reachable = origin.chain
        var entries = keymap.bindings(of: screen).map { binding -> PaletteEntry in
            PaletteEntry(title: binding.help, keys: binding.keys.isEmpty ? "" : binding.keyNames, place: binding.context.place,
                         run: .binding(binding.id), isAvailable: reachable.contains(binding.context) && binding.id != Command.appPalette.rawValue)
        }
        for kind in kinds {
            let noun = kind.descriptor.noun
            if RecordEditor.of(kind)?.createsBlank == true {
                entries.append(PaletteEntry(title: "new \(noun)", keys: "", place: "", run: .new(kind), isAvailable: true))
            }
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
        let all = Self.entries(keymap: keymap, themes: themes, origin: origin, screen: screen)
        let ranked = FuzzyMatch.rank(field.text, all.map { $0.title + " " + $0.keys })
        let available = ranked.filter { all[$0].isAvailable }
        let elsewhere = ranked.filter { !all[$0].isAvailable }
        return (available + elsewhere).map { all[$0] }
    }
}
