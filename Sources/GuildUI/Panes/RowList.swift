import TerminalGrid

/// Draws the visible entries of a list pane, one or two lines each, building only what shows.
struct RowList {
    var geometry: PaneGeometry
    var entryCount: Int
    var offset: Int
    /// The selected entry, highlighted when the pane has focus.
    var selectedEntry: Int?

    /// Draws entry lines from `line(entry, lineIndex, width)`; the selected entry's lines get the selection role.
    func draw(on grid: inout Grid, theme: Theme, line: (_ entry: Int, _ index: Int, _ width: Int) -> [Span]) {
        let rows = geometry.rows
        guard !rows.isEmpty else { return }
        let base = theme.style(.text)
        let selection = theme.style(.selection)
        for slot in 0..<geometry.visibleEntries {
            let entry = offset + slot
            guard entry < entryCount else { break }
            let isSelected = entry == selectedEntry
            for index in 0..<geometry.linesPerEntry {
                let y = rows.y + slot * geometry.linesPerEntry + index
                let rowStyle = isSelected ? base.patched(by: selection) : base
                grid.setStyle(Rect(x: rows.x, y: y, width: rows.width, height: 1), rowStyle)
                let spans = line(entry, index, rows.width).map { span in
                    Span(span.text, style: isSelected ? base.patched(by: span.style).patched(by: selection) : base.patched(by: span.style))
                }
                grid.put(spans: spans.truncated(toWidth: rows.width), x: rows.x, y: y, maxWidth: rows.width)
            }
        }
    }

    /// A cell of exactly `width` columns: `text` cut with … or padded.
    static func cell(_ text: String, _ width: Int, _ style: Style = .plain, alignment: TextAlignment = .left) -> Span {
        Span(TextLayout.pad(SafeText.sanitize(text), toWidth: width, alignment: alignment), style: style)
    }

    /// Help text shown in an empty pane, wrapped and centred vertically.
    static func drawEmpty(_ message: [String], in rect: Rect, on grid: inout Grid, theme: Theme) {
        guard !rect.isEmpty else { return }
        let lines = message.flatMap { WordWrap.lines($0, width: max(1, rect.width - 2)) }
        let top = rect.y + max(0, (rect.height - lines.count) / 2)
        for (i, text) in lines.enumerated() where top + i < rect.maxY {
            grid.put(text, x: rect.x + 1, y: top + i, style: theme.onText(i == 0 ? .accent : .muted), maxWidth: rect.width - 1)
        }
    }
}
