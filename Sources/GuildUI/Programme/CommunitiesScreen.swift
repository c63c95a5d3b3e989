import Foundation
import GuildCore
import TerminalGrid

/// The communities of practice (seed 001): the list, and for the selected one its domain, members, stage, objectives with
/// their status, sessions to come and held, and open action items.
struct CommunitiesScreen {
    let context: ScreenContext
    /// The community the dashboard is scoped to (marked in the list); nil for everything.
    let scope: UUID?
    let communities: CommunitiesState

    private var theme: Theme { context.theme }
    private var muted: Style { theme.style(.muted) }
    /// Every community's held sessions and open action items, found once per data and clock change.
    private var index: CommunityIndex {
        context.viewMemo.value("communities.index", for: context.stateNumber) { CommunityIndex(data: context.data) }
    }

    /// The list lines (one a community, the selected one highlighted).
    func listLines(width: Int) -> [[Span]] {
        if communities.communities.isEmpty {
            return [[Span("No communities yet. A community of practice has a domain, members, a stage and objectives.", style: muted)]]
        }
        let index = self.index
        return communities.communities.enumerated().compactMap { position, id in
            guard let community = context.data.communities[id] else { return nil }
            let held = index.heldSessions(of: id).count
            let scoped = scope == id ? " ◆ scoped" : ""
            let text = " \(community.name)  ·  \(community.stage.rawValue)  ·  \(community.members.count) members  ·  \(held) held\(scoped)"
            let style = position == communities.selected ? theme.style(.selection) : theme.style(.text)
            return [Span(ChartLines.fit(text, width), style: style)]
        }
    }

    /// The selected community's details.
    func detailLines(width: Int) -> [[Span]] {
        guard let id = communities.selectedID, let community = context.data.communities[id] else { return [] }
        let data = context.data
        var lines: [[Span]] = []
        lines.append([Span(SafeText.sanitize(community.name), style: theme.style(.title)), Span("  " + SafeText.sanitize(community.domain), style: muted)])
        var stage: [Span] = [Span("Stage  ")]
        for (index, each) in Community.Stage.allCases.enumerated() {
            if index > 0 { stage.append(Span(" ▸ ", style: muted)) }
            stage.append(each == community.stage ? Span("[\(each.rawValue)]", style: theme.style(.accent).patched(by: Style(attributes: .bold)))
                         : Span(each.rawValue, style: muted))
        }
        lines.append(stage)
        let members = community.members.map { data.name(of: $0) }
        lines += wrap("Members (\(members.count))  " + (members.isEmpty ? "—" : members.joined(separator: ", ")), width: width)
        lines.append([])
        lines.append([Span("Objectives", style: theme.style(.header))])
        if community.objectives.isEmpty { lines.append([Span("  none yet: set clear, measurable objectives (seed 001, step 3)", style: muted)]) }
        for objective in community.objectives {
            let (mark, role): (String, ThemeRole) = switch objective.status {
            case .met: ("✔ met     ", .success)
            case .onTrack: ("▶ on track", .accent)
            case .atRisk: ("! at risk ", .warning)
            case .open: ("○ open    ", .muted)
            case .dropped: ("✗ dropped ", .muted)
            }
            lines.append([Span("  "), Span(mark, style: theme.style(role)), Span("  " + SafeText.sanitize(objective.text))])
        }
        let scope = ProgrammeScope(communityID: id)
        // Every community's page filters the same occurrences: listed once per data and clock change.
        let upcoming = context.viewMemo.value("communities.upcoming", for: context.stateNumber) {
            UpcomingSessions.list(in: data, now: context.now, calendar: context.calendar, horizonDays: 60)
        }.filter { scope.includes($0.session, in: data) }
        lines.append([])
        lines.append([Span("Upcoming sessions", style: theme.style(.header))])
        if upcoming.isEmpty { lines.append([Span("  none planned in the next 60 days", style: muted)]) }
        for occurrence in upcoming.prefix(6) {
            lines.append([Span("  " + ChartLines.fit(DateText.relative(occurrence, now: context.now, calendar: context.calendar), 16)),
                          Span(ChartLines.fit(occurrence.session.format.badge, 7), style: theme.style(ThemeRole.badge(occurrence.session.format))),
                          Span(SafeText.sanitize(occurrence.session.title))])
        }
        let index = self.index
        let allHeld = index.heldSessions(of: id)
        let held = allHeld.suffix(5).reversed()
        lines.append([])
        lines.append([Span("Held", style: theme.style(.header)), Span("  \(allHeld.count) in all", style: muted)])
        if held.isEmpty { lines.append([Span("  none yet", style: muted)]) }
        for session in held {
            lines.append([Span("  " + ChartLines.fit(MarkdownText.day(session.start, calendar: context.calendar), 12), style: muted),
                          Span(ChartLines.fit(session.format.badge, 7), style: theme.style(ThemeRole.badge(session.format))),
                          Span(SafeText.sanitize(session.title))])
        }
        let open = index.open(of: id)
        lines.append([])
        lines.append([Span("Open action items", style: theme.style(.header)), Span("  \(open.count)", style: muted)])
        if open.isEmpty { lines.append([Span("  none", style: muted)]) }
        for item in open.prefix(8) {
            let due = DateText.due(item.due, today: context.today)
            lines.append([Span("  " + ChartLines.fit(due.text, 14), style: theme.style(due.role)),
                          Span(SafeText.sanitize(item.title)), Span("  " + (item.owner.flatMap { data.people[$0] }.map { "@" + $0.handle } ?? ""), style: muted)])
        }
        return lines
    }

    private func wrap(_ text: String, width: Int) -> [[Span]] {
        WordWrap.lines(SafeText.sanitize(text), width: max(10, width)).map { [Span($0)] }
    }
}
