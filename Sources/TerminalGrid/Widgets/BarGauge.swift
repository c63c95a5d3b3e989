/// A horizontal bar filled to a fraction in eighth-block steps, with a label at the right.
public struct BarGauge: Widget {
    public var fraction: Double
    public var label: String
    public var filledStyle: Style
    public var emptyStyle: Style
    public var labelStyle: Style
    /// Drawn in the unfilled part of the bar.
    public var emptyCharacter: Character

    private static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// Creates a gauge; `fraction` is clamped to 0...1.
    public init(
        fraction: Double, label: String = "", filledStyle: Style = .plain, emptyStyle: Style = Style(attributes: .dim),
        labelStyle: Style = .plain, emptyCharacter: Character = " "
    ) {
        self.fraction = fraction
        self.label = label
        self.filledStyle = filledStyle
        self.emptyStyle = emptyStyle
        self.labelStyle = labelStyle
        self.emptyCharacter = emptyCharacter
    }

    /// The bar text for `width` columns: full blocks, one partial block, then the empty character.
    public static func bar(fraction: Double, width: Int, empty: Character = " ") -> (filled: String, rest: String) {
        guard width > 0 else { return ("", "") }
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let eighths = Int(clamped * Double(width * 8) + 0.5)
        var filled = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { filled.append(partials[eighths % 8 - 1]) }
        let rest = String(repeating: String(empty), count: width - filled.count)
        return (filled, rest)
    }

    /// Draws on the first row of `area`; the label takes its width plus a space, the bar the rest.
    public func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let labelWidth = min(DisplayWidth.of(SafeText.sanitize(label)), row.width)
        let barWidth = labelWidth > 0 ? row.width - labelWidth - 1 : row.width
        if barWidth > 0 {
            let (filled, rest) = BarGauge.bar(fraction: fraction, width: barWidth, empty: emptyCharacter)
            let used = grid.put(filled, x: row.x, y: row.y, style: filledStyle, maxWidth: barWidth)
            grid.put(rest, x: row.x + used, y: row.y, style: emptyStyle, maxWidth: barWidth - used)
        }
        guard labelWidth > 0 else { return }
        let labelX = barWidth > 0 ? row.x + barWidth + 1 : row.x
        grid.put(TextLayout.truncate(SafeText.sanitize(label), toWidth: row.maxX - labelX), x: labelX, y: row.y, style: labelStyle, maxWidth: row.maxX - labelX)
    }
}
