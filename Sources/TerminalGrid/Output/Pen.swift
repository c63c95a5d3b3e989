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
