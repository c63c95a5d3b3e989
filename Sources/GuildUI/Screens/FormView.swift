import Foundation
import GuildCore
import TerminalGrid

/// A form drawn over the screen: one row per field (label, value), the focused field with its cursor and what it
/// understood below it (a resolved date, suggestions), errors under their field, scrolled to keep the focus in view.
enum FormView {
    /// The label column's width.
    static let labelWidth = 16

    /// The box for a form inside `area`: up to 84 columns wide, as tall as its lines.
    static func frame(lineCount: Int, in area: Rect) -> Rect {
        let width = min(area.width, 84)
        let height = min(area.height, lineCount + 2)
        return area.centered(Size(width: width, height: height))
    }

    /// Draws `form` centred in `area`.
    static func draw(_ form: Form, context: ScreenContext, in area: Rect, on grid: inout Grid) {
        guard area.width >= 20, area.height >= 5 else { return }
        let probe = frame(lineCount: 1000, in: area)
        let width = max(1, probe.width - 4)
        let (lines, focusRange) = self.lines(form, context: context, width: width)
        let box = frame(lineCount: lines.count, in: area)
        let theme = context.theme
        let base = theme.onText(.overlay)
        grid.fill(box, with: base)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        // Keep the focused field and what is under it in view; the first lines show when they can.
        var first = 0
        if lines.count > inner.height {
            first = max(0, min(focusRange.upperBound - inner.height, focusRange.lowerBound))
            first = min(first, lines.count - inner.height)
        }
        var info: [Span] = []
        if lines.count > inner.height {
            info = [Span("\(first + 1)–\(min(lines.count, first + inner.height)) of \(lines.count)" + (first + inner.height < lines.count ? " ↓" : " ↑"))]
        }
        PaneFrame(title: form.title, info: info, isFocused: true).draw(in: box, on: &grid, theme: theme)
        guard !inner.isEmpty else { return }
        for (i, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let spans = line.map { Span($0.text, style: base.patched(by: $0.style)) }.truncated(toWidth: inner.width)
            grid.put(spans: spans, x: inner.x, y: inner.y + i, maxWidth: inner.width)
        }
    }

    /// The form's lines at `width`, and the range of lines the focused field takes.
    static func lines(_ form: Form, context: ScreenContext, width: Int) -> (lines: [[Span]], focus: Range<Int>) {
        let theme = context.theme
        var lines: [[Span]] = []
        var focusRange = 0..<1
        let valueWidth = max(1, width - labelWidth)
        let indent = Span(String(repeating: " ", count: labelWidth))
        for (index, field) in form.fields.enumerated() {
            let isFocused = index == form.focus && !form.isSaving
            let start = lines.count
            let label = field.label + (field.required ? " *" : "")
            let labelStyle = theme.style(isFocused ? .accent : .muted).adding(isFocused ? .bold : [])
            lines.append([RowList.cell((isFocused ? "▸ " : "  ") + label, labelWidth, labelStyle)] + value(field, focused: isFocused, width: valueWidth, theme: theme))
            if isFocused {
                if let preview = FieldPreview.line(for: field, in: form, context: context) {
                    for part in WordWrap.lines(SafeText.sanitize(preview.text), width: valueWidth) {
                        lines.append([indent, Span(part, style: theme.style(preview.role))])
                    }
                }
                if field.isPicker {
                    let suggestions = Completion.suggestions(for: field, data: context.data)
                    for (i, candidate) in suggestions.enumerated() {
                        let selected = i == min(field.suggestion, suggestions.count - 1)
                        let style = selected ? theme.style(.selection) : theme.style(.text)
                        lines.append([indent, Span(TextLayout.pad((selected ? "› " : "  ") + SafeText.sanitize(candidate.label), toWidth: min(valueWidth, 40)), style: style)])
                    }
                }
            }
            if let conflict = form.conflict(on: field.id) {
                // Both values of a field changed on disk too: the field holds yours; the disk's is shown under it.
                let text = "⚠ yours: " + (conflict.yours.isEmpty ? "—" : conflict.yours) + " · on disk now: " + (conflict.theirs.isEmpty ? "—" : conflict.theirs)
                for part in WordWrap.lines(SafeText.sanitize(text.replacingOccurrences(of: "\n", with: " ⏎ ")), width: valueWidth) {
                    lines.append([indent, Span(part, style: theme.style(.warning))])
                }
            }
            if let error = form.error, error.field == field.id {
                for part in WordWrap.lines("✗ " + SafeText.sanitize(error.message), width: valueWidth) {
                    lines.append([indent, Span(part, style: theme.style(.error))])
                }
            }
            if isFocused { focusRange = start..<lines.count }
        }
        lines.append([])
        if form.isSaving {
            lines.append([Span("Saving…", style: theme.style(.accent))])
        } else if let error = form.error, form.index(of: error.field) == nil || error.field.isEmpty {
            for part in WordWrap.lines("✗ " + SafeText.sanitize(error.message), width: width) {
                lines.append([Span(part, style: theme.style(.error))])
            }
        } else {
            lines.append([Span("\(context.keyName(.formSubmit)) saves at once · \(context.keyName(.formNext)) next field · "
                                   + "\(context.keyName(.formCancel)) closes without saving", style: theme.style(.muted))])
        }
        return (lines, focusRange)
    }

    /// The value column of a field.
    private static func value(_ field: FormField, focused: Bool, width: Int, theme: Theme) -> [Span] {
        let cursor = theme.style(.cursor)
        switch field.kind {
        case .choice(let options):
            let text = options.indices.contains(field.option) ? options[field.option] : ""
            return focused ? [Span("◂ ", style: theme.style(.muted)), Span(text, style: theme.style(.accent).adding(.bold)), Span(" ▸", style: theme.style(.muted))]
                : [Span(text)]
        case .toggle:
            let text = field.isOn ? "[x] yes" : "[ ] no"
            return [Span(text, style: focused ? theme.style(.accent).adding(.bold) : .plain)]
        default:
            if let lines = field.lines {
                let all = lines.split(separator: "\n", omittingEmptySubsequences: false)
                let first = String(all.first ?? "")
                let more = all.count - 1
                let tail = " (+\(more) line\(more == 1 ? "" : "s"))"
                let room = max(1, width - DisplayWidth.of(tail))
                return [Span(TextLayout.truncate(SafeText.sanitize(first), toWidth: room)), Span(tail, style: theme.style(.muted))]
            }
            return FieldText.spans(field.input, width: width, cursorStyle: cursor, showsCursor: focused,
                                   placeholder: focused ? "" : "—", placeholderStyle: theme.style(.muted))
        }
    }
}
