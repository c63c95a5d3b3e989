import Foundation
import GuildCore
import TerminalGrid

/// The "Upcoming sessions" pane: when, format badge, title, facilitator and note-taker; the next 14 days, then "Later".
struct SessionsPane {
    let home: HomeState
    let context: ScreenContext

    /// Draws the pane in `rect`.
    func draw(in rect: Rect, on grid: inout Grid) {
        let lists = home.lists
        ListPaneScaffold(pane: .sessions, home: home, theme: context.theme).draw(
            in: rect, on: &grid, columns: Widths.init(total:), emptyMessage: { emptyMessage },
            headings: { [("When", $0.when), ("Format", 6), ("Session", $0.title), ("Facilitator", $0.person), ("Notes", $0.person)] },
            line: { entry, line, lines, widths, width in
                guard let item = lists.item(atEntry: entry, in: .sessions), let occurrence = lists.occurrence(item) else {
                    return line == 0 ? separator(width: width) : []
                }
                return spans(occurrence, line: line, lines: lines, widths: widths, width: width)
            })
    }

    private var emptyMessage: [String] {
        let filter = home.cursor(.sessions).filter
        if !filter.isEmpty { return ["No session matches “\(filter)”.", context.keyName(.viewBack) + " clears the filter."] }
        if context.data.sessions.isEmpty {
            return ["No sessions planned.", context.keyName(.itemNew) + " plans one here, or `guild add session \"Title\" --format tech-talk --at \"fri 16:00\"`."]
        }
        return ["Nothing planned in the next 90 days.", context.keyName(.itemNew) + " plans the next one (or `guild add session`)."]
    }

    private func separator(width: Int) -> [Span] {
        let label = "── Later "
        return [Span(label + String(repeating: "─", count: max(0, width - DisplayWidth.of(label))), style: context.theme.style(.muted))]
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
        let theme = context.theme
        let session = occurrence.session
        // A meeting running now (or left running: more than 12 hours past its end it is offered to resume and wrap up).
        let isHeldLive = session.status == .live
        let isStale = HeldSession.isLeftLive(session, now: context.now)
        let resume = context.keyName(.meetingStart)
        let end = context.keyName(.meetingEnd)
        let isLive = isHeldLive || (occurrence.start <= context.now && context.now < occurrence.end)
        let relative = DateText.relative(occurrence, now: context.now, calendar: context.calendar)
        let when = isHeldLive ? "● LIVE " + relative : relative
        let whenStyle = theme.style(isStale ? .warning : isLive ? .success : .accent)
        let badge = RowList.cell(session.format.badge, 6, theme.style(ThemeRole.badge(session.format)), alignment: .center)
        let facilitator = context.data.name(of: session.facilitator)
        let noteTaker = context.data.name(of: session.noteTaker)
        if lines == 1 {
            let title = isStale ? session.title + " — still live: \(resume) resumes, \(end) ends it" : session.title
            return [
                RowList.cell(when, widths.when, whenStyle), Span(" "), badge, Span(" "),
                RowList.cell(title, widths.title, isStale ? theme.style(.warning) : .plain), Span(" "),
                RowList.cell(PersonName.fit(facilitator, width: widths.person), widths.person),
                Span(" "), RowList.cell(PersonName.fit(noteTaker, width: widths.person), widths.person, theme.style(session.noteTaker == nil ? .muted : .text)),
            ]
        }
        if line == 0 {
            return [RowList.cell(when, widths.when, whenStyle), Span(" "), badge, Span(" "), Span(SafeText.sanitize(session.title))]
        }
        let indent = String(repeating: " ", count: widths.when + 1)
        if isStale {
            return [Span(indent), Span("still live: \(resume) resumes it, \(end) ends it", style: theme.style(.warning))]
        }
        // The second line is the card's detail, all in the muted role: one colour change instead of four.
        let muted = theme.style(.muted)
        var full = [Span(indent), Span("led by ", style: muted), Span(SafeText.sanitize(facilitator), style: muted), Span(" · notes ", style: muted),
                    Span(SafeText.sanitize(noteTaker), style: muted)]
        // Room permitting, full names; otherwise "Zoë Å." style short names.
        if full.width > width {
            full[2] = Span(PersonName.fit(facilitator, width: 12), style: muted)
            full[4] = Span(PersonName.fit(noteTaker, width: 12), style: muted)
        }
        return full
    }
}
