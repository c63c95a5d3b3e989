import Foundation
import GuildCore
import TerminalGrid

/// The detail view Enter opens over the panes: every field of a session (agenda, notes by kind), a person (skills, history) or an action item.
enum DetailView {
    /// Text width inside the detail box for a body `width` wide.
    static func textWidth(_ width: Int) -> Int {
        max(1, width - 4)
    }

    /// The box title for `target`.
    static func title(for target: DetailTarget) -> String {
        switch target {
        case .session: "Session"
        case .person: "Person"
        case .action: "Action item"
        }
    }

    /// Draws the detail box over `area`, from line `scroll`; `lists` are the home screen's derived lists it opened from.
    static func draw(_ context: ScreenContext, lists: HomeLists, target: DetailTarget, scroll: Int, in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let theme = context.theme
        grid.fill(area, with: theme.onText(.overlay))
        let width = textWidth(area.width)
        let all = lines(for: target, lists: lists, context: context, width: width)
        let inner = area.inset(top: 1, left: 2, bottom: 1, right: 2)
        let first = min(max(0, scroll), max(0, all.count - inner.height))
        var info: [Span] = []
        if all.count > inner.height {
            info = [Span("\(first + 1)–\(min(all.count, first + inner.height)) of \(all.count)" + (first + inner.height < all.count ? " ↓" : " ↑"))]
        }
        PaneFrame(title: title(for: target), info: info, isFocused: true).draw(in: area, on: &grid, theme: theme)
        guard !inner.isEmpty else { return }
        let base = theme.onText(.overlay)
        for (i, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
            let spans = line.map { Span($0.text, style: base.patched(by: $0.style)) }.truncated(toWidth: inner.width)
            grid.put(spans: spans, x: inner.x, y: inner.y + i, maxWidth: inner.width)
        }
    }

    /// The lines of the view, wrapped to `width`; built once per target, width and content (`DetailMemo`).
    static func lines(for target: DetailTarget, lists: HomeLists, context: ScreenContext, width: Int) -> [[Span]] {
        context.detailMemo.lines(for: DetailMemo.Key(target: target, width: width, stamp: context.contentStamp)) {
            build(for: target, lists: lists, context: context, width: width)
        }
    }

    /// The lines of the view, wrapped to `width`, built afresh.
    static func build(for target: DetailTarget, lists: HomeLists, context: ScreenContext, width: Int) -> [[Span]] {
        var page = DetailPage(theme: context.theme, width: width)
        switch target {
        case let .session(id, start):
            guard let session = context.data.sessions[id] else { return page.removed("This session was removed.", back: context.keyName(.overlayClose)) }
            sessionPage(session, start: start, context: context, page: &page)
        case .person(let id):
            guard let person = context.data.people[id] else { return page.removed("This person was removed.", back: context.keyName(.overlayClose)) }
            personPage(person, lists: lists, context: context, page: &page)
        case .action(let id):
            guard let item = context.data.actions[id] else { return page.removed("This action item was removed.", back: context.keyName(.overlayClose)) }
            actionPage(item, lists: lists, context: context, page: &page)
        }
        return page.lines
    }

    private static func sessionPage(_ session: Session, start: Date, context: ScreenContext, page: inout DetailPage) {
        let data = context.data
        let calendar = context.calendar
        let end = start.addingTimeInterval(TimeInterval(session.durationMinutes * 60))
        page.heading(session.title, role: .title)
        page.line([Span(TextLayout.pad(session.format.badge, toWidth: 6, alignment: .center), style: context.theme.style(ThemeRole.badge(session.format))),
                   Span(" " + session.format.name)])
        page.blank()
        let seriesCalendar = UpcomingSessions.calendar(of: session, viewer: calendar)
        if session.isAllDay {
            let days = max(1, session.durationMinutes / (24 * 60))
            let first = Day(start, in: calendar)
            page.field("When", days == 1 ? "\(DateText.longDay(start, calendar: calendar)), all day"
                : "\(DateText.shortDay(first)) – \(DateText.longDay(first.adding(days: days - 1).start(in: calendar), calendar: calendar)), all day (\(days) days)")
        } else {
            page.field("When", "\(DateText.full(start, calendar: calendar))–\(DateText.time(end, calendar: calendar)) (\(session.durationMinutes) min)")
            if let zone = session.timeZone, seriesCalendar.timeZone.identifier != calendar.timeZone.identifier {
                // Someone elsewhere sees their own time, and the time where the session is held.
                page.field("Local time", "\(DateText.time(start, calendar: seriesCalendar))–\(DateText.time(end, calendar: seriesCalendar)) \(zone)")
            }
        }
        if let recurrence = session.recurrence {
            var text = "repeats \(recurrence.summary)"
            if let until = recurrence.until { text += " until \(DateText.longDay(until, calendar: seriesCalendar))" }
            page.field("Repeats", text)
        }
        page.field("Where", session.location.isEmpty ? "—" : session.location)
        page.field("Status", session.status.rawValue)
        page.field("Facilitator", data.name(of: session.facilitator))
        page.field("Presenters", session.presenters.isEmpty ? "—" : session.presenters.map { data.name(of: $0) }.joined(separator: ", "))
        page.field("Note-taker", data.name(of: session.noteTaker))
        page.field("Attendees", session.attendees.isEmpty ? "—" : "\(session.attendees.count): " + session.attendees.map { data.name(of: $0) }.sorted().joined(separator: ", "))
        if let community = session.communityID.flatMap({ data.communities[$0] }) { page.field("Community", community.name) }
        page.field("Outcome", session.desiredOutcome.isEmpty ? "—" : session.desiredOutcome)
        if let details = session.details, !details.isEmpty { page.field("Details", details) }
        materialsSection(session, context: context, page: &page)

        page.blank()
        let planned = session.agendaMinutes
        page.heading("Agenda" + (session.agenda.isEmpty ? "" : " (\(planned) of \(session.durationMinutes) min planned)"), role: .header)
        if session.agenda.isEmpty {
            page.text("No agenda yet.", role: .muted)
        }
        var clock = start
        for item in session.agenda {
            let owner = item.owner.map { " — " + data.name(of: $0) } ?? ""
            let round = item.isRound && !item.title.lowercased().hasPrefix("round") ? " (round)" : ""
            page.line([Span("  " + DateText.time(clock, calendar: calendar) + "  ", style: context.theme.style(.accent)),
                       Span(TextLayout.pad("\(item.minutes) min", toWidth: 8), style: context.theme.style(.muted)),
                       Span(SafeText.sanitize(item.title + round + owner))])
            clock = clock.addingTimeInterval(TimeInterval(item.minutes * 60))
        }
        if planned > session.durationMinutes {
            page.text("The agenda runs \(planned - session.durationMinutes) min over the slot.", role: .warning)
        }

        page.blank()
        var notes = data.notes(ofSession: session.id)
        var notesHeading = "Notes"
        if notes.isEmpty, session.recurrence != nil,
           let held = data.sessions.values.filter({ $0.seriesID == session.id && $0.start < context.now }).max(by: { $0.start < $1.start }) {
            notes = data.notes(ofSession: held.id)
            notesHeading = "Notes from the last meeting (\(DateText.longDay(held.start, calendar: calendar)))"
        }
        page.heading(notesHeading, role: .header)
        if notes.isEmpty { page.text("No notes yet.", role: .muted) }
        for kind in NoteEntry.Kind.allCases {
            let group = notes.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            page.text("  " + kindTitle(kind), role: .accent)
            for note in group {
                // The speaker a round contribution is credited to, else the role of whoever typed it.
                let author = note.author.map { " — " + data.name(of: $0) } ?? note.writer.map { " — by the " + $0.title } ?? ""
                page.wrapped("    • ", note.text + author)
            }
        }
    }

    /// The recording, slides and other links, and the key takeaways; for a held session with neither takeaways nor a
    /// recording, a line saying it is not yet documented and how to document it.
    private static func materialsSection(_ session: Session, context: ScreenContext, page: inout DetailPage) {
        let held = session.status == .done
        guard held || !session.materials.isEmpty || session.hasTakeaways else { return }
        page.blank()
        page.heading("Materials and takeaways", role: .header)
        for link in session.materials {
            page.field(link.kind.title, (link.title.map { $0 + " — " } ?? "") + link.url)
        }
        if session.hasTakeaways, let takeaways = session.takeaways {
            page.text("  Key takeaways", role: .accent)
            for line in takeaways.split(whereSeparator: \.isNewline) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                page.wrapped("    ", String(line))
            }
        }
        if held, !session.isDocumented {
            page.text("Not yet documented: add key takeaways or a recording (\(context.keyName(.detailEdit)) edits the session, or "
                + "`guild session takeaways`).", role: .warning)
        }
    }

    private static func kindTitle(_ kind: NoteEntry.Kind) -> String {
        switch kind {
        case .note: "Notes"
        case .decision: "Decisions"
        case .support: "Strong support"
        case .objection: "Objections"
        case .question: "Questions"
        case .learning: "Learnings"
        case .success: "Successes"
        case .frustration: "Frustrations"
        case .pairing: "Pairing experiences"
        }
    }

    private static func personPage(_ person: Person, lists: HomeLists, context: ScreenContext, page: inout DetailPage) {
        let data = context.data
        page.heading(person.name + "  @" + person.handle, role: .title)
        page.blank()
        page.field("Team", person.team.isEmpty ? "—" : person.team)
        page.field("Role", person.role.isEmpty ? "—" : person.role)
        page.field("E-mail", person.email ?? "—")
        var status: [String] = []
        if person.isAway { status.append("away") }
        if person.pairingOptOut ?? false { status.append("opted out of pairing") }
        page.field("Status", status.isEmpty ? "available" : status.joined(separator: ", "))

        page.blank()
        let sheet = data.ratingSheets[person.id]
        let current = sheet?.current ?? [:]
        page.heading("Skills (\(current.count) rated)", role: .header)
        if current.isEmpty { page.text("No ratings yet. In the skills matrix, \(context.keymap.ratingKeyNames) rate the cell under the cursor (or `guild rate \(person.handle) <skill> <level>`).", role: .muted) }
        let skills = lists.matrix.skills.filter { current[$0.id] != nil }
            .sorted { (current[$0.id]!.level, $1.name) > (current[$1.id]!.level, $0.name) }
        let nameWidth = min(22, max(10, skills.map { DisplayWidth.of($0.name) }.max() ?? 10))
        for skill in skills {
            guard let rating = current[skill.id] else { continue }
            let interest = rating.happyToTeach ? "happy to teach" : rating.wantsToLearn ? "wants to learn" : ""
            let history = (sheet?.history(of: skill.id) ?? []).map { "\($0.level.rawValue) on \(Day($0.ratedAt, in: context.calendar))" }
            page.line([
                Span("  "), RowList.cell(skill.name, nameWidth), Span("  "),
                Span(MatrixPane.glyph(rating.level), style: context.theme.style(ThemeRole.level(rating.level))),
                Span(" " + TextLayout.pad(rating.level.name, toWidth: 20)),
                Span(TextLayout.pad(interest, toWidth: 16), style: context.theme.style(.interest)),
                Span(history.joined(separator: " → "), style: context.theme.style(.muted)),
            ])
        }

        let owned = lists.allActions.filter { $0.owner == person.id }
        page.blank()
        page.heading("Open action items (\(owned.count))", role: .header)
        if owned.isEmpty { page.text("None.", role: .muted) }
        for item in owned {
            let due = DateText.due(item.due, today: context.today)
            page.line([Span("  "), RowList.cell(due.text, 11, context.theme.style(due.role)), Span(" " + SafeText.sanitize(item.title))])
        }

        let roles = lists.upcoming.filter { occurrence in
            let s = occurrence.session
            return s.facilitator == person.id || s.noteTaker == person.id || s.presenters.contains(person.id)
        }
        page.blank()
        page.heading("Upcoming sessions with a role (\(roles.count))", role: .header)
        if roles.isEmpty { page.text("None.", role: .muted) }
        for occurrence in roles.prefix(20) {
            let s = occurrence.session
            let role = s.facilitator == person.id ? "facilitates" : s.noteTaker == person.id ? "takes notes" : "presents"
            page.line([Span("  "), RowList.cell(DateText.relative(occurrence, now: context.now, calendar: context.calendar), 17, context.theme.style(.accent)),
                       RowList.cell(role, 12, context.theme.style(.muted)), Span(SafeText.sanitize(s.title))])
        }
    }

    private static func actionPage(_ item: ActionItem, lists: HomeLists, context: ScreenContext, page: inout DetailPage) {
        let data = context.data
        let calendar = context.calendar
        page.heading(item.title, role: .title)
        page.blank()
        page.field("Status", item.status.rawValue)
        let owner = item.owner.flatMap { data.people[$0] }
        page.field("Owner", data.name(of: item.owner) + (owner?.isAway == true ? " (away)" : ""))
        if let due = item.due {
            let relative = DateText.due(due, today: context.today)
            page.line([RowList.cell("Due", 13, context.theme.style(.muted)),
                       Span("\(DateText.shortDay(due)) \(due.year)"), Span("  " + relative.text, style: context.theme.style(relative.role))])
        } else {
            page.field("Due", "no due date")
        }
        page.field("Tag", item.tag.map { "#" + $0 } ?? "—")
        page.field("Created", DateText.full(item.createdAt, calendar: calendar))
        if let completed = item.completedAt { page.field("Completed", DateText.full(completed, calendar: calendar)) }

        page.blank()
        page.heading("Origin session", role: .header)
        guard let sessionID = item.sessionID else {
            page.text("Not linked to a session.", role: .muted)
            return
        }
        guard let session = data.sessions[sessionID] else {
            page.text("The session it came from was removed.", role: .muted)
            return
        }
        page.line([Span(TextLayout.pad(session.format.badge, toWidth: 6, alignment: .center), style: context.theme.style(ThemeRole.badge(session.format))),
                   Span(" " + SafeText.sanitize(session.title), style: context.theme.style(.accent))])
        page.field("When", DateText.full(session.start, calendar: calendar) + " (\(session.status.rawValue))")
        page.field("Facilitator", data.name(of: session.facilitator))
        page.field("Note-taker", data.name(of: session.noteTaker))
        let decisions = data.notes(ofSession: session.id).filter { $0.kind == .decision }
        if !decisions.isEmpty {
            page.text("  Decisions in that session", role: .accent)
            for note in decisions { page.wrapped("    • ", note.text) }
        }
        let siblings = lists.allActions.filter { $0.sessionID == sessionID && $0.id != item.id }
        if !siblings.isEmpty {
            page.text("  Other open action items from it", role: .accent)
            for other in siblings { page.wrapped("    • ", other.title + " — " + data.name(of: other.owner)) }
        }
    }
}

/// Lines of a detail view being built: headings, label/value fields and wrapped text, all sanitized.
struct DetailPage {
    let theme: Theme
    let width: Int
    private(set) var lines: [[Span]] = []

    /// Creates an empty page `width` columns wide.
    init(theme: Theme, width: Int) {
        self.theme = theme
        self.width = width
    }

    mutating func removed(_ text: String, back: String) -> [[Span]] {
        self.text(text, role: .muted)
        self.text("\(back) goes back.", role: .muted)
        return lines
    }

    mutating func blank() {
        lines.append([])
    }

    mutating func line(_ spans: [Span]) {
        lines.append(spans)
    }

    mutating func heading(_ text: String, role: ThemeRole) {
        for part in WordWrap.lines(text, width: width) {
            lines.append([Span(part, style: theme.style(role).adding(.bold))])
        }
    }

    /// Wrapped text; leading spaces indent every line.
    mutating func text(_ text: String, role: ThemeRole = .text) {
        let indent = String(text.prefix { $0 == " " })
        for part in WordWrap.lines(String(text.dropFirst(indent.count)), width: max(1, width - indent.count)) {
            lines.append([Span(indent + part, style: theme.style(role))])
        }
    }

    /// A label column of 13 and the value wrapped under itself.
    mutating func field(_ label: String, _ value: String) {
        let labelWidth = 13
        let parts = WordWrap.lines(value, width: max(1, width - labelWidth))
        for (i, part) in parts.enumerated() {
            lines.append([RowList.cell(i == 0 ? label : "", labelWidth, theme.style(.muted)), Span(part)])
        }
    }

    /// Text wrapped after `prefix`, continuation lines indented to match.
    mutating func wrapped(_ prefix: String, _ text: String) {
        let indent = DisplayWidth.of(prefix)
        let parts = WordWrap.lines(text, width: max(1, width - indent))
        for (i, part) in parts.enumerated() {
            lines.append([Span(i == 0 ? prefix : String(repeating: " ", count: indent), style: theme.style(.muted)), Span(part)])
        }
    }
}
