/// How a cell looks: foreground, background and attributes.
public struct Style: Hashable, Sendable, Codable {
    public var fg: Color
    public var bg: Color
    public var attributes: TextAttributes

    /// Creates a style; everything defaults to the terminal's own look.
    public init(fg: Color = .default, bg: Color = .default, attributes: TextAttributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    /// The terminal's default colours, no attributes.
    public static let plain = Style()

    /// This style with extra attributes.
    public func adding(_ extra: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }

    /// This style overlaid by `top`: its non-default colours win and attributes are combined (how a selection highlight lands on styled text).
    public func patched(by top: Style) -> Style {
        Style(
            fg: top.fg == .default ? fg : top.fg,
            bg: top.bg == .default ? bg : top.bg,
            attributes: attributes.union(top.attributes))
    }
}
