import TerminalGrid

/// The meeting clock in big digits, as large as the room allows: the 5-row font scaled up, the 5-row font, or the 3-row compact one.
struct TimerDigits {
    /// The rows of block characters for `text` drawn at `scale` (compact when `scale` is 0).
    static func rows(_ text: String, scale: Int) -> [String] {
        guard scale > 0 else { return BigDigits.rendered(text, compact: true) }
        let base = BigDigits.rendered(text, compact: false)
        guard scale > 1 else { return base }
        return base.flatMap { line -> [String] in
            let wide = String(line.flatMap { String(repeating: String($0), count: scale) })
            return Array(repeating: wide, count: scale)
        }
    }

    /// The largest scale whose rows fit in `size` (checked with the widest text the clock shows), or nil when not even the compact font fits.
    static func scale(toFit size: Size, widest: String = "-00:00") -> Int? {
        let sizes = widest == clockText ? clockSizes : measured(widest)
        return sizes.first { $0.width <= size.width && $0.height <= size.height }?.scale
    }

    /// The widest text the meeting's clocks show.
    private static let clockText = "-00:00"

    /// The size of the clock's widest text at each scale, largest first: measured once, not every frame.
    private static let clockSizes = measured(clockText)

    /// The size of `text` drawn at each scale, largest first.
    private static func measured(_ text: String) -> [(scale: Int, width: Int, height: Int)] {
        stride(from: 4, through: 0, by: -1).map { scale in
            let sample = rows(text, scale: scale)
            return (scale, sample.first.map { DisplayWidth.of($0) } ?? 0, sample.count)
        }
    }

    /// Draws `text` centred in `area` at the largest fitting scale (plain text when nothing fits); returns the rows used.
    @discardableResult
    static func draw(_ text: String, in area: Rect, maxScale: Int = 4, style: Style, on grid: inout Grid) -> Int {
        guard !area.isEmpty else { return 0 }
        guard let fitted = scale(toFit: area.size).map({ min($0, maxScale) }) else {
            grid.put(text, in: area.row(0), alignment: .center, style: style)
            return 1
        }
        let lines = rows(text, scale: fitted)
        let width = lines.first.map { DisplayWidth.of($0) } ?? 0
        let x = area.x + max(0, (area.width - width) / 2)
        for (i, line) in lines.enumerated() where i < area.height {
            grid.put(line, x: x, y: area.y + i, style: style, maxWidth: area.maxX - x)
        }
        return min(lines.count, area.height)
    }
}
