/// A border around a rectangle with an optional title in the top edge; the focused box can use a different look.
public struct Box: Widget, Hashable, Sendable {
    public var title: String
    public var border: BorderSet
    public var style: Style
    public var titleStyle: Style
    public var isFocused: Bool
    public var focusedBorder: BorderSet?
    public var focusedStyle: Style?

    /// Creates a box; `focusedStyle` and `focusedBorder` apply when `isFocused`.
    public init(
        title: String = "", border: BorderSet = .single, style: Style = .plain, titleStyle: Style? = nil,
        isFocused: Bool = false, focusedBorder: BorderSet? = nil, focusedStyle: Style? = nil
    ) {
        self.title = title
        self.border = border
        self.style = style
        self.titleStyle = titleStyle ?? style
        self.isFocused = isFocused
        self.focusedBorder = focusedBorder
        self.focusedStyle = focusedStyle
    }

    /// The area inside the border.
    public static func inner(of area: Rect) -> Rect {
        area.inset(by: 1)
    }

    /// Draws the border (nothing when smaller than 2×2) and the title, cut with … when too long.
    public func draw(in area: Rect, on grid: inout Grid) {
        guard area.width >= 2, area.height >= 2 else { return }
        let set = isFocused ? (focusedBorder ?? border) : border
        let lineStyle = isFocused ? (focusedStyle ?? style) : style
        let horizontal = String(repeating: String(set.horizontal), count: area.width - 2)
        grid.put(String(set.topLeft) + horizontal + String(set.topRight), x: area.x, y: area.y, style: lineStyle, maxWidth: area.width)
        grid.put(String(set.bottomLeft) + horizontal + String(set.bottomRight), x: area.x, y: area.maxY - 1, style: lineStyle, maxWidth: area.width)
        for y in (area.y + 1)..<(area.maxY - 1) {
            grid.put(String(set.vertical), x: area.x, y: y, style: lineStyle, maxWidth: 1)
            grid.put(String(set.vertical), x: area.maxX - 1, y: y, style: lineStyle, maxWidth: 1)
        }
        let room = area.width - 2
        guard !title.isEmpty, room > 0 else { return }
        let label = room >= 3 ? " " + TextLayout.truncate(SafeText.sanitize(title), toWidth: room - 2) + " " : TextLayout.truncate(SafeText.sanitize(title), toWidth: room)
        let shownStyle = isFocused ? titleStyle.patched(by: focusedStyle ?? .plain) : titleStyle
        grid.put(label, x: area.x + 1, y: area.y, style: shownStyle, maxWidth: room)
    }
}
