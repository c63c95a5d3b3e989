import TerminalGrid

/// Lines of styled spans drawn top-down into a rectangle, each cut to fit; the meeting panels' common way of writing text.
enum MeetingText {
    /// Draws as many of `lines` as fit from the top of `rect`, over `base`; `selected` lines get the selection role.
    static func draw(_ lines: [[Span]], in rect: Rect, on grid: inout Grid, base: Style, selection: Style? = nil, selected: Int? = nil) {
        guard !rect.isEmpty else { return }
        for (i, line) in lines.prefix(rect.height).enumerated() {
            let isSelected = i == selected && selection != nil
            let rowStyle = isSelected ? base.patched(by: selection!) : base
            if isSelected { grid.setStyle(rect.row(i), rowStyle) }
            let spans = line.map { Span($0.text, style: isSelected ? base.patched(by: $0.style).patched(by: selection!) : base.patched(by: $0.style)) }
            grid.put(spans: spans.truncated(toWidth: rect.width), x: rect.x, y: rect.y + i, maxWidth: rect.width)
        }
    }

    /// The window of `count` lines of height `visible` that keeps `selected` in view.
    static func window(count: Int, visible: Int, selected: Int) -> Range<Int> {
        guard count > visible, visible > 0 else { return 0..<count }
        let first = min(max(0, selected - visible / 2), count - visible)
        return first..<(first + visible)
    }

    /// A person's name fitted to `width` ("Zoë Å." when short of room).
    static func name(_ text: String, width: Int) -> String {
        PersonName.fit(text, width: width)
    }
}
