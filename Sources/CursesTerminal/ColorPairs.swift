import CNcurses
import TerminalGrid

/// Curses colour pairs allocated on demand for each (foreground, background) combination.
struct ColorPairs {
    private struct Key: Hashable {
        var fg: Int16
        var bg: Int16
    }

    private var pairs: [Key: Int16] = [:]
    private var next: Int16 = 1
    private let limit: Int
    /// Colours the terminal can show (8, 16, 256...); 0 when it has none.
    let colorCount: Int
    /// True when -1 means "the terminal's own colour" (use_default_colors succeeded).
    let hasDefaultColors: Bool

    init(colorCount: Int, pairCount: Int, hasDefaultColors: Bool) {
        self.colorCount = colorCount
        // init_pair takes a short; extended pairs are not needed for a dashboard's handful of roles.
        self.limit = min(pairCount, Int(Int16.max))
        self.hasDefaultColors = hasDefaultColors
    }

    /// The curses colour number for `color`, degraded to what the terminal has.
    func cursesColor(_ color: Color, isBackground: Bool) -> Int16 {
        Pen.colorNumber(color, isBackground: isBackground, colorCount: colorCount, hasDefaultColors: hasDefaultColors)
    }

    /// The pair for `style`'s colours, allocating it the first time; pair 0 (the default) when out of pairs or colours are off.
    mutating func pair(for style: Style) -> Int16 {
        guard colorCount >= 8 else { return 0 }
        let key = Key(fg: cursesColor(style.fg, isBackground: false), bg: cursesColor(style.bg, isBackground: true))
        if key.fg == -1 && key.bg == -1 { return 0 }
        if let existing = pairs[key] { return existing }
        guard Int(next) < limit else { return 0 }
        let pair = next
        guard init_pair(pair, key.fg, key.bg) != ERR else { return 0 }
        pairs[key] = pair
        next += 1
        return pair
    }
}
