/// A centred box drawn over whatever is beneath, which it clears: a title and lines of body text.
public struct Modal: Widget {
    public var title: String
    public var lines: [[Span]]
    public var style: Style
    public var border: BorderSet
    public var borderStyle: Style
    public var titleStyle: Style
    /// The smallest body width, so short messages do not make a cramped box.
    public var minimumWidth: Int

    /// Creates a modal with styled lines.
    public init(
        title: String, lines: [[Span]], style: Style = .plain, border: BorderSet = .rounded, borderStyle: Style? = nil,
        titleStyle: Style? = nil, minimumWidth: Int = 20
    ) {
        self.title = title
        self.lines = lines
        self.style = style
        self.border = border
        self.borderStyle = borderStyle ?? style
        self.titleStyle = titleStyle ?? (borderStyle ?? style).adding(.bold)
        self.minimumWidth = minimumWidth
    }

    /// Creates a modal with plain lines.
    public init(title: String, body: [String], style: Style = .plain, minimumWidth: Int = 20) {
        self.init(title: title, lines: body.map { [Span($0)] }, style: style, minimumWidth: minimumWidth)
    }

    /// Where the box lands inside `area`: sized to the content (one space of padding inside the border), clamped to `area`.
    public func frame(in area: Rect) -> Rect {
        let bodyWidth = max(minimumWidth, DisplayWidth.of(title) + 2, lines.map(\.width).max() ?? 0)
        return area.centered(Size(width: bodyWidth + 4, height: lines.count + 2))
    }

    /// Clears the box area and draws the border, title and lines (cut with … when too wide).
    public func draw(in area: Rect, on grid: inout Grid) {
        let box = frame(in: area)
        guard !box.isEmpty else { return }
        grid.fill(box, with: style)
        Box(title: title, border: border, style: borderStyle, titleStyle: titleStyle).draw(in: box, on: &grid)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard !inner.isEmpty else { return }
        for (i, line) in lines.prefix(inner.height).enumerated() {
            let spans = line.map { Span($0.text, style: style.patched(by: $0.style)) }
            grid.put(spans: spans.truncated(toWidth: inner.width), x: inner.x, y: inner.y + i, maxWidth: inner.width)
        }
    }
}
