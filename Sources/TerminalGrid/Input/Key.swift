/// One input event from the terminal: a key, a resize, a mouse report or a bracketed paste.
public enum Key: Hashable, Sendable {
    /// A printable character, already shifted ("A", "?", "é", "日").
    case char(Character)
    /// Control plus a character, lowercase for letters: `.ctrl("r")`. Ctrl-I, -M, -H and -[ arrive as tab, enter, backspace and escape.
    case ctrl(Character)
    /// Alt (Meta) plus a character: `.alt("f")`.
    case alt(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    /// F1...F63.
    case function(Int)
    /// The terminal changed size.
    case resize(Size)
    /// A mouse press, release or wheel step.
    case mouse(MouseEvent)
    /// Text pasted with bracketed paste; may contain newlines, not yet sanitized.
    case paste(String)

    /// True for keys that put text into a line being typed (a character, a paste): never read as a command there.
    public var isPrintable: Bool {
        switch self {
        case .char, .paste: true
        default: false
        }
    }

    /// A short name for help text: "Tab", "S-Tab", "PgUp", "C-r", "M-f", "?", "Space", "Enter", "Esc", "↑".
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return SafeText.sanitize(String(c))
        case .ctrl(" "): return "C-Space"
        case .ctrl(let c): return "C-" + SafeText.sanitize(String(c))
        case .alt(" "): return "M-Space"
        case .alt(let c): return "M-" + SafeText.sanitize(String(c))
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        case .resize: return "Resize"
        case .mouse: return "Mouse"
        case .paste: return "Paste"
        }
    }

    /// The canonical keymap spelling that `init(spec:)` reads back ("ctrl+r", "shift+tab", "pgdn", "q"); nil for resize, mouse and paste.
    public var spec: String? {
        switch self {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(" "): return "ctrl+space"
        case .ctrl(let c): return "ctrl+" + String(c)
        case .alt(" "): return "alt+space"
        case .alt(let c): return "alt+" + String(c)
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .home: return "home"
        case .end: return "end"
        case .enter: return "enter"
        case .escape: return "esc"
        case .tab: return "tab"
        case .backTab: return "shift+tab"
        case .backspace: return "backspace"
        case .delete: return "delete"
        case .insert: return "insert"
        case .function(let n): return "f\(n)"
        case .resize, .mouse, .paste: return nil
        }
    }

    private static let named: [String: Key] = [
        "space": .char(" "), "spc": .char(" "),
        "enter": .enter, "return": .enter, "ret": .enter, "cr": .enter,
        "esc": .escape, "escape": .escape,
        "tab": .tab, "backtab": .backTab, "btab": .backTab,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "prior": .pageUp,
        "pgdn": .pageDown, "pgdown": .pageDown, "pagedown": .pageDown, "next": .pageDown,
        "home": .home, "end": .end,
        "backspace": .backspace, "bksp": .backspace, "bs": .backspace,
        "delete": .delete, "del": .delete, "insert": .insert, "ins": .insert,
        "plus": .char("+"), "minus": .char("-"),
    ]

    /// Parses a keymap spelling: "q", "?", "Q", "space", "enter", "esc", "tab", "shift+tab", "S-Tab", "pgdn", "up", "f1", "ctrl+r", "C-r", "^r", "alt+f", "M-f"; nil when unknown.
    public init?(spec raw: String) {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        if text.count == 1, let c = text.first {
            self = .char(c)
            return
        }
        let lower = text.lowercased()
        if let key = Key.named[lower] {
            self = key
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...63).contains(n) {
            self = .function(n)
            return
        }
        if text.hasPrefix("^"), text.count == 2, let c = text.last {
            guard let key = Key.control(c) else { return nil }
            self = key
            return
        }
        guard let (modifier, rest) = Key.splitModifier(text) else { return nil }
        let base: Key?
        if rest.count == 1, let c = rest.first {
            base = .char(c)
        } else {
            base = Key(spec: rest)
        }
        guard let base else { return nil }
        switch (modifier, base) {
        case ("ctrl", .char(let c)):
            guard let key = Key.control(c) else { return nil }
            self = key
        case ("alt", .char(let c)):
            self = .alt(c)
        case ("shift", .tab):
            self = .backTab
        case ("shift", .char(let c)) where c.isLetter:
            self = .char(Character(c.uppercased()))
        case ("shift", .char), ("shift", .backTab):
            return nil
        case ("shift", let key):
            // Shifted named keys other than Tab are not told apart by the terminal decoder.
            self = key
        default:
            return nil
        }
    }

    private static func splitModifier(_ text: String) -> (String, String)? {
        let lower = text.lowercased()
        let prefixes: [(String, String)] = [
            ("ctrl+", "ctrl"), ("ctrl-", "ctrl"), ("control+", "ctrl"), ("c-", "ctrl"),
            ("alt+", "alt"), ("alt-", "alt"), ("meta+", "alt"), ("m-", "alt"), ("a-", "alt"),
            ("shift+", "shift"), ("shift-", "shift"), ("s-", "shift"),
        ]
        for (prefix, modifier) in prefixes where lower.hasPrefix(prefix) && text.count > prefix.count {
            return (modifier, String(text.dropFirst(prefix.count)))
        }
        return nil
    }

    // Ctrl with I, M, J, H or [ is indistinguishable from Tab, Enter, Backspace or Escape on a terminal.
    private static func control(_ c: Character) -> Key? {
        let lower = Character(c.lowercased())
        switch lower {
        case "i": return .tab
        case "m", "j": return .enter
        case "h": return .backspace
        case "[": return .escape
        case " ", "\\", "]", "^", "_": return .ctrl(lower)
        default:
            guard lower.isASCII, lower.isLetter else { return nil }
            return .ctrl(lower)
        }
    }
}
