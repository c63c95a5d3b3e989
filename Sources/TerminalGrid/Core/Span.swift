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

extension Array where Element == Span {
    /// The spans cut to `width` columns, ending in `ellipsis` (in the last kept span's style) when anything was cut.
    ///
    /// Measures only as far as it must: a span of a 20,000-character note costs what the columns it fills cost.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> [Span] {
        guard width > 0 else { return [] }
        var total = 0
        search: for span in self {
            for character in span.text {
                total += DisplayWidth.of(character)
                if total > width { break search }
            }
        }
        if total <= width { return self }
        let room = Swift.max(0, width - DisplayWidth.of(ellipsis))
        var result: [Span] = []
        var used = 0
        for span in self {
            let part = TextLayout.prefix(span.text, width: room - used)
            if part.utf8.count == span.text.utf8.count {
                result.append(span)
                used += DisplayWidth.of(part)
                continue
            }
            result.append(Span(part + ellipsis, style: span.style))
            return result
        }
        return result
    }
}
