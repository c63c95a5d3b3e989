/// A one-row bar: spans on the left, spans on the right, and key hints that are dropped whole when they do not fit.
public struct StatusBar: Widget {
    /// A key and what it does, shown as "key label".
    public struct Hint: Hashable, Sendable {
        public var key: String
        public var label: String

        /// Creates a hint.
        public init(key: String, label: String) {
            self.key = key
            self.label = label
        }
    }

    public var left: [Span]
    public var right: [Span]
    public var hints: [Hint]
    public var style: Style
    public var keyStyle: Style
    public var labelStyle: Style

    /// Creates a status bar; the right spans win space first, then the left spans, then as many hints as fit.
    public init(
        left: [Span] = [], right: [Span] = [], hints: [Hint] = [], style: Style = Style(attributes: .reverse),
        keyStyle: Style = Style(attributes: .bold), labelStyle: Style = .plain
    ) {
        self.left = left
        self.right = right
        self.hints = hints
        self.style = style
        self.keyStyle = keyStyle
        self.labelStyle = labelStyle
    }

    /// Creates a status bar from `(key, label)` pairs.
    public init(left: [Span] = [], right: [Span] = [], hints: [(String, String)], style: Style = Style(attributes: .reverse)) {
        self.init(left: left, right: right, hints: hints.map { Hint(key: $0.0, label: $0.1) }, style: style)
    }

    /// Draws on the first row of `area`.
    public func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        grid.fill(row, with: style)
        let rightSpans = patched(right).truncated(toWidth: row.width)
        let rightWidth = rightSpans.width
        grid.put(spans: rightSpans, x: row.maxX - rightWidth, y: row.y, maxWidth: rightWidth)
        let room = row.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        guard room > 0 else { return }
        var used = grid.put(spans: patched(left).truncated(toWidth: room), x: row.x, y: row.y, maxWidth: room)
        for hint in hints {
            let gap = used > 0 ? 2 : 0
            let needed = gap + DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label)
            guard used + needed <= room else { break }
            used += gap
            used += grid.put(spans: [Span(hint.key, style: style.patched(by: keyStyle)), Span(" " + hint.label, style: style.patched(by: labelStyle))],
                             x: row.x + used, y: row.y, maxWidth: room - used)
        }
    }

    private func patched(_ spans: [Span]) -> [Span] {
        spans.map { Span($0.text, style: style.patched(by: $0.style)) }
    }
}
