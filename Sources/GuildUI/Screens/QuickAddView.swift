import Foundation
import GuildCore
import TerminalGrid

/// The quick-add bar at the bottom of the screen: the line being typed and, live, what it understood (title, owner, due day, tag).
enum QuickAddView {
    /// The "understood" line for the text typed so far, as spans.
    static func understood(_ bar: QuickAddBar, state: AppState) -> [Span] {
        let theme = state.theme
        let muted = theme.style(.muted)
        guard !bar.field.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            return [Span("Type what needs doing, then @owner due:fri #tag — e.g. Fix flaky CI @zoe due:fri #ci", style: muted)]
        }
        switch bar.parse(now: state.now, calendar: state.calendar) {
        case .failure(let error):
            return [Span("⚠ " + SafeText.sanitize(error.description), style: theme.style(.warning))]
        case .success(let parsed):
            var spans = [Span("Title ", style: muted), Span(SafeText.sanitize(parsed.title), style: theme.style(.accent))]
            spans.append(Span("  Owner ", style: muted))
            if let handle = parsed.ownerHandle {
                if let person = state.data.person(handle: handle) {
                    spans.append(Span(SafeText.sanitize(person.name) + (person.isAway ? " (away)" : ""), style: theme.style(.accent)))
                } else {
                    spans.append(Span("⚠ nobody is @\(SafeText.sanitize(handle))" + SafeText.sanitize(QuickAddBar.didYouMean(handle, data: state.data)),
                                      style: theme.style(.warning)))
                }
            } else {
                spans.append(Span("—", style: muted))
            }
            spans.append(Span("  Due ", style: muted))
            if let due = parsed.due {
                let text = "\(DateText.shortDay(due)) \(due.year) (\(FieldPreview.relativeDays(due, today: state.today)))"
                spans.append(Span(text + (due < state.today ? " ⚠ in the past" : ""), style: theme.style(due < state.today ? .warning : .accent)))
            } else {
                spans.append(Span("—", style: muted))
            }
            spans.append(Span("  Tag ", style: muted))
            spans.append(Span(parsed.tag.map { "#" + SafeText.sanitize($0) } ?? "—", style: parsed.tag == nil ? muted : theme.style(.accent)))
            if let sessionID = bar.sessionID, let session = state.data.sessions[sessionID] {
                spans.append(Span("  From ", style: muted))
                spans.append(Span(SafeText.sanitize(session.title)))
            }
            return spans
        }
    }

    /// Draws the bar across the bottom of `area`.
    static func draw(_ bar: QuickAddBar, state: AppState, in area: Rect, on grid: inout Grid) {
        guard area.width >= 20, area.height >= 5 else { return }
        let theme = state.theme
        let base = theme.onText(.overlay)
        let inner = max(1, area.width - 4)
        let understoodLines = wrap(understood(bar, state: state), width: inner)
        let errorLines = bar.error.map { WordWrap.lines("✗ " + SafeText.sanitize($0), width: inner) } ?? []
        let height = min(area.height, 3 + understoodLines.count + errorLines.count)
        let box = Rect(x: area.x, y: area.maxY - height, width: area.width, height: height)
        grid.fill(box, with: base)
        PaneFrame(title: "Add action item", info: [], isFocused: true).draw(in: box, on: &grid, theme: theme)
        let body = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard !body.isEmpty else { return }
        let prompt = Span("> ", style: base.patched(by: theme.style(.accent)).adding(.bold))
        let field = FieldText.spans(bar.field, width: max(1, body.width - 2), style: base, cursorStyle: base.patched(by: theme.style(.cursor)))
        grid.put(spans: [prompt] + field, x: body.x, y: body.y, maxWidth: body.width)
        var y = body.y + 1
        for line in understoodLines where y < body.maxY {
            grid.put(spans: line.map { Span($0.text, style: base.patched(by: $0.style)) }, x: body.x, y: y, maxWidth: body.width)
            y += 1
        }
        for line in errorLines where y < body.maxY {
            grid.put(line, x: body.x, y: y, style: base.patched(by: theme.style(.error)), maxWidth: body.width)
            y += 1
        }
        if bar.isSaving, y < body.maxY {
            grid.put("Saving…", x: body.x, y: y, style: base.patched(by: theme.style(.accent)), maxWidth: body.width)
        }
    }

    /// Spans laid out over lines of `width`, breaking between spans (and cutting a span wider than a line).
    static func wrap(_ spans: [Span], width: Int) -> [[Span]] {
        var lines: [[Span]] = [[]]
        var used = 0
        for span in spans {
            let w = span.width
            if used > 0, used + w > width {
                lines.append([])
                used = 0
                let trimmed = Span(String(span.text.drop { $0 == " " }), style: span.style)
                lines[lines.count - 1].append(trimmed)
                used = trimmed.width
                continue
            }
            lines[lines.count - 1].append(span)
            used += w
        }
        return lines.map { $0.truncated(toWidth: width) }
    }
}
