import TerminalGrid

/// Charts as lines of spans, drawn with block characters so they read in every theme, monochrome included:
/// column charts (▁…█ in eighths), horizontal bars (█ with a partial ▏…▉) and sparklines.
enum ChartLines {
    private static let eighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A column chart `height` rows tall, one column of `columnWidth` cells per value, the labels underneath and each value on top.
    static func columns(_ values: [Double], labels: [String], height: Int, columnWidth: Int, indent: Int, style: Style, labelStyle: Style,
                        format: (Double) -> String) -> [[Span]] {
        let top = max(values.max() ?? 0, 0)
        let pad = String(repeating: " ", count: indent)
        var lines: [[Span]] = []
        lines.append([Span(pad)] + values.map { Span(fit(format($0), columnWidth), style: labelStyle) })
        for row in (0..<height).reversed() {
            var spans = [Span(pad)]
            for value in values {
                let filled = top > 0 ? Int((value / top * Double(height * 8)).rounded()) : 0
                let here = min(8, max(0, filled - row * 8))
                let character: String = here == 0 ? (row == 0 ? "·" : " ") : String(eighths[here - 1])
                let bar = String(repeating: character, count: max(1, columnWidth - 1))
                spans.append(Span(bar, style: here == 0 ? labelStyle : style))
                spans.append(Span(" "))
            }
            lines.append(spans)
        }
        lines.append([Span(pad)] + labels.map { Span(fit($0, columnWidth), style: labelStyle) })
        return lines
    }

    /// "label ▕██████▍    ▏ 3 text": a bar of `fraction` in `width` cells between a label and a value.
    static func bar(label: String, labelWidth: Int, fraction: Double, width: Int, value: String, style: Style, labelStyle: Style = .plain,
                    emptyStyle: Style) -> [Span] {
        let (filled, rest) = BarGauge.bar(fraction: fraction, width: max(1, width), empty: "·")
        return [Span(fit(label, labelWidth), style: labelStyle), Span(" "), Span(filled, style: style), Span(rest, style: emptyStyle), Span(" " + value)]
    }

    /// A one-row sparkline of `values` (zero as "·").
    static func sparkline(_ values: [Double]) -> String {
        let top = values.max() ?? 0
        return String(values.map { value -> Character in
            guard top > 0, value > 0 else { return "·" }
            return eighths[max(0, min(7, Int((value / top * 8).rounded()) - 1))]
        })
    }

    /// Text cut or padded to exactly `width` cells.
    static func fit(_ text: String, _ width: Int) -> String {
        let cut = DisplayWidth.truncate(SafeText.sanitize(text), toWidth: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
