import Foundation
import GuildCore
import TerminalGrid

/// The quick-add bar at the bottom of the screen: the line being typed and, live, what it understood (title, owner, due day, tag).
enum QuickAddView {
    /// What the text typed so far says, as groups of spans ("Owner Zoë Ångström"); lines break between groups.
    static func understood(_ bar: QuickAddBar, context: ScreenContext) -> [[Span]] {
        let session = bar.sessionID.flatMap { context.data.sessions[$0] }
        guard !bar.field.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            return [[Span("Type what needs doing, then @owner due:fri #tag — e.g. Fix flaky CI @zoe due:fri #ci", style: context.theme.style(.muted))]]
        }
        return understood(bar.field.text, from: session?.title, data: context.data, now: context.now, calendar: context.calendar,
                          theme: context.theme)
    }

    /// What a quick-add line says (title, owner, due day, tag; `from` the session it comes from), or why it cannot be
    /// used (a date that does not exist, a handle nobody has), as groups of spans. The meeting's action line shows it too.
    static func understood(_ text: String, from sessionTitle: String? = nil, data: GuildData, now: Date, calendar: Calendar,
                           theme: Theme) -> [[Span]] {
        let muted = theme.style(.muted)
        let accent = theme.style(.accent)
        let warning = theme.style(.warning)
        let today = Day(now, in: calendar)
        switch Result(catching: { () throws(QuickAddError) in try QuickAdd.parse(text, now: now, calendar: calendar) }) {
        case .failure(let error):
            return [[Span("⚠ " + SafeText.sanitize(error.description), style: warning)]]
        case .success(let parsed):
            var groups: [[Span]] = [[Span("Title ", style: muted), Span(SafeText.sanitize(parsed.title), style: accent)]]
            var owner = [Span("Owner ", style: muted)]
            if let handle = parsed.ownerHandle {
                if let person = data.person(handle: handle) {
                    owner.append(Span(SafeText.sanitize(person.name) + (person.isAway ? " (away)" : ""), style: accent))
                } else {
                    owner.append(Span("⚠ nobody is @\(SafeText.sanitize(handle))" + SafeText.sanitize(QuickAddBar.didYouMean(handle, data: data)),
                                      style: warning))
                }
            } else {
                owner.append(Span("—", style: muted))
            }
            groups.append(owner)
            var due = [Span("Due ", style: muted)]
            if let day = parsed.due {
                let text = "\(DateText.shortDay(day)) \(day.year) (\(FieldPreview.relativeDays(day, today: today)))"
                due.append(Span(text + (day < today ? " ⚠ in the past" : ""), style: day < today ? warning : accent))
            } else {
                due.append(Span("—", style: muted))
            }
            groups.append(due)
            groups.append([Span("Tag ", style: muted), Span(parsed.tag.map { "#" + SafeText.sanitize($0) } ?? "—", style: parsed.tag == nil ? muted : accent)])
            if let sessionTitle {
                groups.append([Span("From ", style: muted), Span(SafeText.sanitize(sessionTitle))])
            }
            return groups
        }
    }

    /// Draws the bar across the bottom of `area`.
    static func draw(_ bar: QuickAddBar, context: ScreenContext, in area: Rect, on grid: inout Grid) {
        guard area.width >= 20, area.height >= 5 else { return }
        let theme = context.theme
        let base = theme.onText(.overlay)
        let inner = max(1, area.width - 4)
        let understoodLines = wrap(understood(bar, context: context), width: inner)
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

    /// Groups of spans laid out over lines of `width`, two spaces apart, breaking only between groups (a group wider than a line is cut).
    static func wrap(_ groups: [[Span]], width: Int) -> [[Span]] {
        var lines: [[Span]] = [[]]
        var used = 0
        for group in groups {
            let w = group.width
            if used > 0, used + 2 + w > width {
                lines.append([])
                used = 0
            }
            if used > 0 {
                lines[lines.count - 1].append(Span("  "))
                used += 2
            }
            lines[lines.count - 1] += group
            used += w
        }
        return lines.map { $0.truncated(toWidth: width) }
    }
}
