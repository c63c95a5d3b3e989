/// Large clock digits ("12:34", "-03:05") in block characters: 5 rows tall, or 3 rows in the compact half-block variant.
public struct BigDigits: Widget {
    public var text: String
    public var style: Style
    /// Three rows of half blocks instead of five rows of full blocks.
    public var compact: Bool

    // 5-row bitmaps; "#" is a lit pixel. Unknown characters draw as blanks of digit width.
    private static let font: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", " ##", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "],
        ".": [" ", " ", " ", " ", "#"],
        "-": ["   ", "   ", "###", "   ", "   "],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]

    /// Creates big digits.
    public init(_ text: String, style: Style = .plain, compact: Bool = false) {
        self.text = text
        self.style = style
        self.compact = compact
    }

    /// The cells `text` needs: 5 rows (each pixel two columns wide), or 3 rows when compact (one column per pixel).
    public static func size(of text: String, compact: Bool = false) -> Size {
        let rows = rendered(text, compact: compact)
        return Size(width: rows.first.map { DisplayWidth.of($0) } ?? 0, height: rows.count)
    }

    /// The text as rows of block characters.
    public static func rendered(_ text: String, compact: Bool = false) -> [String] {
        let glyphs = text.map { font[$0] ?? ["   ", "   ", "   ", "   ", "   "] }
        guard !glyphs.isEmpty else { return [] }
        let pixels = (0..<5).map { row in glyphs.map { $0[row] }.joined(separator: " ") }
        if !compact {
            return pixels.map { line in
                String(line.flatMap { $0 == "#" ? "██" : "  " })
            }
        }
        // Two pixel rows per text row: upper half ▀, lower half ▄, both █.
        return stride(from: 0, to: 5, by: 2).map { top in
            let upper = Array(pixels[top])
            let lower = top + 1 < 5 ? Array(pixels[top + 1]) : Array(repeating: " ", count: upper.count)
            return String(zip(upper, lower).map { pair -> Character in
                switch (pair.0 == "#", pair.1 == "#") {
                case (true, true): return "█"
                case (true, false): return "▀"
                case (false, true): return "▄"
                case (false, false): return " "
                }
            })
        }
    }

    /// Draws centred in `area`; clipped at the right and bottom when it does not fit.
    public func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let rows = BigDigits.rendered(text, compact: compact)
        let size = BigDigits.size(of: text, compact: compact)
        let x = area.x + max(0, (area.width - size.width) / 2)
        let y = area.y + max(0, (area.height - size.height) / 2)
        for (i, line) in rows.enumerated() where y + i < area.maxY {
            grid.put(line, x: x, y: y + i, style: style, maxWidth: area.maxX - x)
        }
    }
}
