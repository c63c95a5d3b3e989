/// A run of text in one style; a line is a list of spans.
public struct Span: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style

    /// Creates a span.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// A plain span from a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Display width of the text in columns.
    public var width: Int { DisplayWidth.of(text) }
}

extension Array where Element == Span {
    /// Total display width of the spans.
    public var width: Int { reduce(0) { $0 + $1.width } }
}
