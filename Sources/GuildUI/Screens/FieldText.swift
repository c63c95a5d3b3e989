import TerminalGrid

/// A text field drawn as spans that fit a width: the part around the cursor, the cursor cell in its own style.
enum FieldText {
    /// The visible part of `field` in `width` columns, with the cursor cell in `cursorStyle` when `showsCursor`.
    static func spans(_ field: TextField, width: Int, style: Style = .plain, cursorStyle: Style, showsCursor: Bool = true,
                      placeholder: String = "", placeholderStyle: Style = .plain) -> [Span] {
        guard width > 0 else { return [] }
        let characters = field.characters
        if characters.isEmpty && !showsCursor {
            return placeholder.isEmpty ? [] : [Span(placeholder, style: placeholderStyle)]
        }
        guard showsCursor else {
            return [Span(String(characters), style: style)].truncated(toWidth: width)
        }
        let start = field.visibleStart(width: width)
        let before = String(characters[start..<field.cursor])
        let under = field.cursor < characters.count ? String(characters[field.cursor]) : " "
        let after = field.cursor < characters.count ? String(characters[(field.cursor + 1)...]) : ""
        var spans = [Span(before, style: style), Span(under, style: style.patched(by: cursorStyle)), Span(after, style: style)]
        if characters.isEmpty, !placeholder.isEmpty { spans.append(Span(placeholder, style: placeholderStyle)) }
        return spans.truncated(toWidth: width, ellipsis: "")
    }
}
