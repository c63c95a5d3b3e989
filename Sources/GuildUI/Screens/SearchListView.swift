import TerminalGrid

/// A search box over a list (the palette, record pickers): the typed text with its cursor, then the matching rows,
/// the highlighted one in the selection role, scrolled to keep it in view.
enum SearchListView {
    /// One row: its text on the left, a muted note, and keys on the right.
    struct Row {
        var text: String
        var note: String = ""
        var keys: String = ""
        var isDimmed = false
    }

    /// Draws the box centred in `area`.
    static func draw(title: String, prompt: String, field: TextField, rows: [Row], selected: Int, empty: String,
                     theme: Theme, in area: Rect, on grid: inout Grid) {
        guard area.width >= 20, area.height >= 5 else { return }
        let width = min(area.width, 80)
        let height = min(area.height, max(8, min(rows.count, 14) + 4))
        let box = area.centered(Size(width: width, height: height))
        let base = theme.onText(.overlay)
        grid.fill(box, with: base)
        let visible = max(1, box.height - 4)
        let first = min(max(0, selected - visible + 1), max(0, rows.count - visible))
        let info = rows.isEmpty ? [] : [Span("\(min(selected + 1, rows.count)) of \(rows.count)")]
        PaneFrame(title: title, info: info, isFocused: true).draw(in: box, on: &grid, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard !inner.isEmpty else { return }
        let promptSpan = Span(prompt, style: base.patched(by: theme.style(.accent)).adding(.bold))
        let room = max(1, inner.width - promptSpan.width)
        let typed = FieldText.spans(field, width: room, style: base, cursorStyle: base.patched(by: theme.style(.cursor)))
        grid.put(spans: [promptSpan] + typed, x: inner.x, y: inner.y, maxWidth: inner.width)
        grid.put(String(repeating: "─", count: inner.width), x: inner.x, y: inner.y + 1, style: base.patched(by: theme.style(.border)), maxWidth: inner.width)
        guard !rows.isEmpty else {
            grid.put(empty, x: inner.x, y: inner.y + 2, style: base.patched(by: theme.style(.muted)), maxWidth: inner.width)
            return
        }
        for slot in 0..<min(visible, inner.height - 2) {
            let index = first + slot
            guard index < rows.count else { break }
            let row = rows[index]
            let y = inner.y + 2 + slot
            let isSelected = index == selected
            let rowStyle = isSelected ? base.patched(by: theme.style(.selection)) : base
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: rowStyle)
            let keys = Span(row.keys, style: rowStyle.patched(by: theme.style(.statusKey)))
            let keysWidth = row.keys.isEmpty ? 0 : keys.width + 1
            let textStyle = rowStyle.patched(by: theme.style(row.isDimmed ? .muted : .text))
            var left = [Span((isSelected ? "› " : "  ") + SafeText.sanitize(row.text), style: textStyle)]
            if !row.note.isEmpty { left.append(Span("  " + SafeText.sanitize(row.note), style: rowStyle.patched(by: theme.style(.muted)))) }
            let leftRoom = max(1, inner.width - keysWidth)
            grid.put(spans: left.truncated(toWidth: leftRoom), x: inner.x, y: y, maxWidth: leftRoom)
            if keysWidth > 0, keysWidth < inner.width {
                grid.put(spans: [keys], x: inner.maxX - keys.width, y: y, maxWidth: keys.width)
            }
        }
    }
}
