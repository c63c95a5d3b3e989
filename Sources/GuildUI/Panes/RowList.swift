import TerminalGrid

/// Draws the visible entries of a list pane, one or two lines each, building only what shows.
///
/// The first column of the rows is the selection marker: the selected entry (when the pane has focus) gets a bar
/// there in the cursor's colour on each of its lines. The entries themselves keep their own colours, so moving the
/// selection redraws a few marker cells rather than two whole entries in another background.
struct RowList {
    var geometry: PaneGeometry
    var entryCount: Int
    var offset: Int
    /// The selected entry, marked when the pane has focus.
    var selectedEntry: Int?

    /// The selection marker.
    static let marker = "▌"

    /// Columns left for entry text, right of the marker column.
    var contentWidth: Int { max(0, geometry.rows.width - 1) }

    /// Draws the column titles in the header row (when the geometry has one), aligned with the entry text.
    func drawHeader(_ spans: @autoclosure () -> [Span], on grid: inout Grid) {
        let header = geometry.header
        guard !header.isEmpty, header.width > 1 else { return }
        grid.put(spans: spans(), x: header.x + 1, y: header.y, maxWidth: header.width - 1)
    }

    /// Draws entry lines from `line(entry, lineIndex, width)` over the text role, and the marker beside the selected entry.
    func draw(on grid: inout Grid, theme: Theme, line: (_ entry: Int, _ index: Int, _ width: Int) -> [Span]) {
        let rows = geometry.rows
        guard !rows.isEmpty else { return }
        let base = theme.style(.text)
        let markerStyle = Self.markerStyle(theme)
        let width = contentWidth
        for slot in 0..<geometry.visibleEntries {
            let entry = offset + slot
            guard entry < entryCount else { break }
            for index in 0..<geometry.linesPerEntry {
                let y = rows.y + slot * geometry.linesPerEntry + index
                grid.setStyle(Rect(x: rows.x, y: y, width: rows.width, height: 1), base)
                if entry == selectedEntry { grid.put(Self.marker, x: rows.x, y: y, style: markerStyle, maxWidth: 1) }
                guard width > 0 else { continue }
                let spans = line(entry, index, width).map { Span($0.text, style: base.patched(by: $0.style)) }
                grid.put(spans: spans.truncated(toWidth: width), x: rows.x + 1, y: y, maxWidth: width)
            }
        }
    }

    /// The marker in the cursor's colour (the background of the matrix's cursor cell), or in the accent role when the
    /// cursor has no colour of its own (monochrome).
    static func markerStyle(_ theme: Theme) -> Style {
        let cursor = theme.style(.cursor)
        let base = theme.style(.text)
        guard cursor.bg != .default else { return base.patched(by: theme.style(.accent)) }
        return Style(fg: cursor.bg, bg: base.bg)
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
