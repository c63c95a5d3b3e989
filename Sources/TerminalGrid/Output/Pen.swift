/// What a terminal draws a cell with, in the numbers it takes: palette colours (-1 for the terminal's own) and attributes.
///
/// Two styles that degrade to the same pen look the same on this terminal, so the writer compares pens, not styles.
/// Public for CursesTerminal: the attribute bits (terminfo tells which the terminal shows) and `colorNumber` (curses
/// colour pairs take the same numbers).
public struct Pen: Hashable, Sendable {
    var fg: Int16
    var bg: Int16
    /// `TextAttributes` bits the terminal can show.
    var attributes: UInt8

    public static let bold: UInt8 = TextAttributes.bold.rawValue
    public static let dim: UInt8 = TextAttributes.dim.rawValue
    public static let italic: UInt8 = TextAttributes.italic.rawValue
    public static let underline: UInt8 = TextAttributes.underline.rawValue
    public static let reverse: UInt8 = TextAttributes.reverse.rawValue
    /// Attributes that show on a blank: underline draws a line, reverse paints the foreground.
    static let showsOnBlank: UInt8 = underline | reverse

    /// The terminal's own colours, no attributes (what `ESC[m` leaves).
    static let plain = Pen(fg: -1, bg: -1, attributes: 0)

    /// Whether a space drawn with this pen shows only its background.
    @inline(__always) var blankShowsBackgroundOnly: Bool { attributes & Pen.showsOnBlank == 0 }

    /// The palette number for `color` on a terminal with `colorCount` colours, as curses would be given it: -1 for the
    /// terminal's own colour when `hasDefaultColors`, else white on black for `.default`.
    public static func colorNumber(_ color: Color, isBackground: Bool, colorCount: Int, hasDefaultColors: Bool) -> Int16 {
        // Direct-colour terminfo (COLORS = 2^24, e.g. xterm-direct) reads colour numbers as RGB values; the 8 ANSI
        // colours mean the same there, so use only those.
        let usable = colorCount > 256 ? 8 : colorCount
        switch color.downgraded(toColors: usable) {
        case .default:
            if hasDefaultColors { return -1 }
            return isBackground ? 0 : 7
        case .ansi(let n), .indexed(let n):
            return Int16(n)
        case .rgb:
            return -1
        }
    }
}

/// Bytes on their way to the terminal, with the few encodings the writer needs.
struct TerminalBytes {
    var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(4096)
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A non-negative number in decimal.
    mutating func appendNumber(_ value: Int) {
        if value >= 10 { appendNumber(value / 10) }
        bytes.append(UInt8(48 + value % 10))
    }

    /// How many bytes `appendNumber(value)` writes.
    @inline(__always) static func digits(_ value: Int) -> Int {
        value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : 5
    }

    /// `ESC [ n <final>`, leaving out n when it is 1 (the default of cursor motions).
    mutating func appendCSI(_ n: Int, _ final: UInt8) {
        append(0x1B)
        append(0x5B)
        if n != 1 { appendNumber(n) }
        append(final)
    }

    /// The length of `appendCSI(n, final)`.
    @inline(__always) static func csiLength(_ n: Int) -> Int {
        n == 1 ? 3 : 3 + digits(n)
    }
}

/// The shortest ECMA-48 select-graphic-rendition sequence from one pen to another.
enum SelectGraphicRendition {
    /// Appends what takes the terminal from `old` (nil when unknown) to `new`: only the parameters that change, or a
    /// reset followed by the new pen when that is shorter (or the old pen is unknown).
    static func append(from old: Pen?, to new: Pen, into out: inout TerminalBytes) {
        guard let chosen = parameters(from: old, to: new) else { return }
        out.append(0x1B)
        out.append(0x5B)
        // A lone 0 can go: ESC[m resets.
        if chosen != [0] {
            for (index, value) in chosen.enumerated() {
                if index > 0 { out.append(0x3B) }
                out.appendNumber(value)
            }
        }
        out.append(0x6D)
    }

    /// The bytes `append(from:to:)` sends.
    static func length(from old: Pen?, to new: Pen) -> Int {
        parameters(from: old, to: new).map(length) ?? 0
    }

    private static func parameters(from old: Pen?, to new: Pen) -> [Int]? {
        var reset: [Int] = [0]
        reset.reserveCapacity(12)
        appendAttributes(new.attributes, into: &reset)
        if new.fg >= 0 { appendColor(new.fg, base: 30, into: &reset) }
        if new.bg >= 0 { appendColor(new.bg, base: 40, into: &reset) }
        guard let old else { return reset }
        if old == new { return nil }
        var params: [Int] = []
        params.reserveCapacity(12)
        let removed = old.attributes & ~new.attributes
        var added = new.attributes & ~old.attributes
        if removed & (Pen.bold | Pen.dim) != 0 {
            // 22 turns off bold and dim together: put back the one that stays.
            params.append(22)
            added |= new.attributes & (Pen.bold | Pen.dim)
        }
        if removed & Pen.italic != 0 { params.append(23) }
        if removed & Pen.underline != 0 { params.append(24) }
        if removed & Pen.reverse != 0 { params.append(27) }
        appendAttributes(added, into: &params)
        if old.fg != new.fg {
            if new.fg < 0 { params.append(39) } else { appendColor(new.fg, base: 30, into: &params) }
        }
        if old.bg != new.bg {
            if new.bg < 0 { params.append(49) } else { appendColor(new.bg, base: 40, into: &params) }
        }
        return length(reset) < length(params) ? reset : params
    }

    private static func appendAttributes(_ attributes: UInt8, into params: inout [Int]) {
        if attributes & Pen.bold != 0 { params.append(1) }
        if attributes & Pen.dim != 0 { params.append(2) }
        if attributes & Pen.italic != 0 { params.append(3) }
        if attributes & Pen.underline != 0 { params.append(4) }
        if attributes & Pen.reverse != 0 { params.append(7) }
    }

    // 30–37 and 90–97 (40–47, 100–107 for backgrounds) for the 16 ANSI colours, else 38;5;n (48;5;n).
    private static func appendColor(_ number: Int16, base: Int, into params: inout [Int]) {
        let n = Int(number)
        if n < 8 {
            params.append(base + n)
        } else if n < 16 {
            params.append(base + 60 + n - 8)
        } else {
            params += [base + 8, 5, n]
        }
    }

    private static func length(_ params: [Int]) -> Int {
        if params == [0] { return 3 }
        return 3 + params.reduce(params.count - 1) { $0 + TerminalBytes.digits($1) }
    }
}
