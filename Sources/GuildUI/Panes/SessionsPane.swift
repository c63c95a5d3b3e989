import Foundation
import GuildCore
import TerminalGrid

/// The "Upcoming sessions" pane: when, format badge, title, facilitator and note-taker; the next 14 days, then "Later".
struct SessionsPane {
    let state: AppState

    /// Draws the pane in `rect`.
    func draw(in rect: Rect, on grid: inout Grid) {
        let theme = state.theme
        let lists = state.lists
        let cursor = state.cursor(.sessions)
        let focused = state.focus == .sessions
        PaneFrame(title: PaneID.sessions.title, info: PaneInfo.spans(for: .sessions, in: state), isFocused: focused)
            .draw(in: rect, on: &grid, theme: theme)
        let geometry = PaneGeometry.make(.sessions, in: rect)
        guard lists.count(.sessions) > 0 else {
            RowList.drawEmpty(emptyMessage, in: geometry.inner, on: &grid, theme: theme)
            return
        }
        let widths = Widths(total: geometry.rows.width)
        if !geometry.header.isEmpty {
            let style = theme.onText(.header)
            grid.put(spans: [
                RowList.cell("When", widths.when, style), Span(" "), RowList.cell("Format", 6, style), Span(" "),
                RowList.cell("Session", widths.title, style), Span(" "), RowList.cell("Facilitator", widths.person, style), Span(" "),
                RowList.cell("Notes", widths.person, style),
            ], x: geometry.header.x, y: geometry.header.y, maxWidth: geometry.header.width)
        }
        let list = RowList(geometry: geometry, entryCount: lists.entryCount(.sessions), offset: cursor.rowOffset,
                           selectedEntry: focused ? lists.entry(ofItem: cursor.row, in: .sessions) : nil)
        list.draw(on: &grid, theme: theme) { entry, line, width in
            guard let item = lists.item(atEntry: entry, in: .sessions), let occurrence = lists.occurrence(item) else {
                return line == 0 ? separator(width: width) : []
            }
            return spans(occurrence, line: line, lines: geometry.linesPerEntry, widths: widths, width: width)
        }
    }

    private var emptyMessage: [String] {
        let filter = state.cursor(.sessions).filter
        if !filter.isEmpty { return ["No session matches “\(filter)”.", "Esc clears the filter."] }
        if state.data.sessions.isEmpty {
            return ["No sessions planned.", "n plans one here, or `guild add session \"Title\" --format tech-talk --at \"fri 16:00\"`."]
        }
        return ["Nothing planned in the next 90 days.", "n plans the next one (or `guild add session`)."]
    }

    private func separator(width: Int) -> [Span] {
        let label = "── Later "
        return [Span(label + String(repeating: "─", count: max(0, width - DisplayWidth.of(label))), style: state.theme.style(.muted))]
    }

    private struct Widths {
        let when = 16
        let person: Int
        let title: Int

        init(total: Int) {
            person = total >= 130 ? 20 : total >= 100 ? 16 : 11
            title = max(4, total - when - 1 - 6 - 1 - 1 - person - 1 - person)
        }
    }

    private func spans(_ occurrence: SessionOccurrence, line: Int, lines: Int, widths: Widths, width: Int) -> [Span] {
        let theme = state.theme
        let session = occurrence.session
        let isLive = occurrence.start <= state.now && state.now < occurrence.end
        let when = DateText.relative(occurrence.start, now: state.now, calendar: state.calendar)
        let whenStyle = theme.style(isLive ? .success : .accent)
        let badge = RowList.cell(session.format.badge, 6, theme.style(ThemeRole.badge(session.format)), alignment: .center)
        let facilitator = state.data.name(of: session.facilitator)
        let noteTaker = state.data.name(of: session.noteTaker)
        if lines == 1 {
            return [
                RowList.cell(when, widths.when, whenStyle), Span(" "), badge, Span(" "),
                RowList.cell(session.title, widths.title), Span(" "),
                RowList.cell(PersonName.fit(facilitator, width: widths.person), widths.person),
                Span(" "), RowList.cell(PersonName.fit(noteTaker, width: widths.person), widths.person, theme.style(session.noteTaker == nil ? .muted : .text)),
            ]
        }
        if line == 0 {
            return [RowList.cell(when, widths.when, whenStyle), Span(" "), badge, Span(" "), Span(SafeText.sanitize(session.title))]
        }
        let indent = String(repeating: " ", count: widths.when + 1)
        let muted = theme.style(.muted)
        var full = [Span(indent), Span("led by ", style: muted), Span(SafeText.sanitize(facilitator)), Span(" · notes ", style: muted),
                    Span(SafeText.sanitize(noteTaker))]
        // Room permitting, full names; otherwise "Zoë Å." style short names.
        if full.width > width {
            full[2] = Span(PersonName.fit(facilitator, width: 12))
            full[4] = Span(PersonName.fit(noteTaker, width: 12))
        }
        return full
    }
}
