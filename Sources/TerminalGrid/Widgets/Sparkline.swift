/// A small bar chart of recent values with ▁▂▃▄▅▆▇█; the newest value is at the right.
public struct Sparkline: Widget {
    public var values: [Double]
    /// The value that fills the full height; the largest value when nil.
    public var maximum: Double?
    public var style: Style

    private static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Creates a sparkline.
    public init(values: [Double], maximum: Double? = nil, style: Style = .plain) {
        self.values = values
        self.maximum = maximum
        self.style = style
    }

    /// Draws the last `area.width` values bottom-up; any positive value shows at least ▁, zero and negatives show nothing.
    public func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width)
        let top = maximum ?? shown.filter(\.isFinite).max() ?? 0
        guard top > 0 else { return }
        let steps = area.height * 8
        for (column, value) in shown.enumerated() {
            guard value.isFinite, value > 0 else { continue }
            // Adding 0.5 then truncating rounds these non-negative values without pulling in libm.
            var eighths = Int(min(value, top) / top * Double(steps) + 0.5)
            eighths = max(1, min(steps, eighths))
            var y = area.maxY - 1
            while eighths > 0, y >= area.y {
                let level = min(8, eighths)
                grid.put(String(Sparkline.blocks[level - 1]), x: area.x + column, y: y, style: style, maxWidth: 1)
                eighths -= level
                y -= 1
            }
        }
    }
}
