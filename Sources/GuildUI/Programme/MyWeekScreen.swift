import Foundation
import GuildCore
import TerminalGrid

/// The "your week" screen's lines: open action items (overdue first), roles in upcoming sessions, learning goals with
/// who teaches them and sessions on them, the current round's pair and recent kudos. Every stored text is sanitised.
struct MyWeekScreen {
    let context: ScreenContext
    let state: MyWeekState

    private var theme: Theme { context.theme }
    private var data: GuildData { context.data }
    private var week: MyWeek { state.week }
    private var muted: Style { theme.style(.muted) }

    /// Every line of the screen (the body is `width` cells wide; lines are cut to it when drawn).
    func lines(width: Int) -> [[Span]] {
        actions() + [[]] + roles() + [[]] + toDocument() + goals() + [[]] + pairing() + [[]] + kudos()
    }

    private func text(_ value: String) -> String { SafeText.sanitize(value) }

    private func who(_ id: UUID?) -> String {
        guard let id, let person = data.people[id] else { return "(unknown)" }
        return text(person.name) + " (@" + text(person.handle) + ")"
    }

    private func title(_ heading: String, _ note: String = "") -> [Span] {
        [Span(heading, style: theme.style(.title)), Span(note.isEmpty ? "" : "  " + note, style: muted)]
    }

    private func actions() -> [[Span]] {
        let overdue = week.overdueCount
        var lines = [title("My action items", "\(week.actions.count) open" + (overdue > 0 ? ", \(overdue) overdue" : ""))]
        if week.actions.isEmpty { lines.append([Span("  Nothing open. 🎉", style: muted)]) }
        for item in week.actions {
            let due = DateText.due(item.due, today: week.today)
            var spans = [Span("  "), Span(ChartLines.fit(due.text, 12), style: theme.style(due.role)), Span(" " + text(item.title))]
            if let tag = item.tag { spans.append(Span("  #" + text(tag), style: muted)) }
            lines.append(spans)
        }
        return lines
    }

    private func roles() -> [[Span]] {
        var lines = [title("My roles", "next \(MyWeekState.horizonDays) days")]
        if week.roles.isEmpty { lines.append([Span("  No session where you facilitate, take notes or present.", style: muted)]) }
        for role in week.roles {
            let when = DateText.relative(role.occurrence, now: context.now, calendar: context.calendar)
            lines.append([Span("  "), Span(ChartLines.fit(when, 16), style: theme.style(.accent)), Span(" " + text(role.occurrence.session.title)),
                          Span("  " + role.roles.map(\.label).joined(separator: ", "), style: theme.style(.warning))])
        }
        return lines
    }

    /// Held sessions you facilitated or presented that still lack key takeaways and a recording (only when there are some).
    private func toDocument() -> [[Span]] {
        guard !week.undocumented.isEmpty else { return [] }
        var lines = [title("Not yet documented", "add key takeaways or a recording (\(context.keyName(.itemEdit)) on the session)")]
        for session in week.undocumented {
            lines.append([Span("  "), Span(ChartLines.fit(DateText.longDay(session.start, calendar: context.calendar), 16), style: theme.style(.warning)),
                          Span(" " + text(session.title))])
        }
        return lines + [[]]
    }

    private func goals() -> [[Span]] {
        var lines = [title("Learning goals", "skills you want to learn")]
        if week.goals.isEmpty { lines.append([Span("  None yet: mark a skill you want to learn in the skills map.", style: muted)]) }
        for goal in week.goals {
            let name = data.skills[goal.skillID].map { text($0.name) } ?? "?"
            lines.append([Span("  "), Span(name, style: theme.style(.accent)), Span("  level \(goal.level.rawValue)", style: muted)])
            let teachers = goal.teachers.prefix(3).map { who($0) + (data.people[$0]?.isAway == true ? " (away)" : "") }
            let more = goal.teachers.count > 3 ? " and \(goal.teachers.count - 3) more" : ""
            lines.append([Span("    "), teachers.isEmpty ? Span("nobody teaches it yet", style: muted)
                                                   : Span("taught by " + teachers.joined(separator: ", ") + more)])
            for occurrence in goal.sessions {
                lines.append([Span("    "), Span(ChartLines.fit(DateText.relative(occurrence, now: context.now, calendar: context.calendar), 16), style: muted),
                              Span(" " + text(occurrence.session.title))])
            }
        }
        return lines
    }

    private func pairing() -> [[Span]] {
        var lines = [title("My pair this round", week.roundDrawnAt.map { "drawn " + DateText.longDay($0, calendar: context.calendar) } ?? "")]
        if let pair = week.pair {
            var spans = [Span("  with " + pair.partners.map(who).joined(separator: " and "))]
            if let skill = pair.skillID.flatMap({ data.skills[$0] }), let teacher = pair.teacher, let learner = pair.learner {
                let teacherHandle = data.people[teacher].map { "@" + text($0.handle) } ?? "?"
                let learnerHandle = data.people[learner].map { "@" + text($0.handle) } ?? "?"
                spans.append(Span("  \(text(skill.name)): \(teacherHandle) teaches, \(learnerHandle) learns", style: muted))
            }
            lines.append(spans)
        } else {
            lines.append([Span(week.roundDrawnAt == nil ? "  No round drawn yet (\(context.keyName(.screenPairs)): pairing roulette)." : "  You sit this round out.", style: muted)])
        }
        return lines
    }

    private func kudos() -> [[Span]] {
        var lines = [title("Kudos", "last 30 days")]
        if week.kudos.isEmpty { lines.append([Span("  None in the last 30 days.", style: muted)]) }
        for learning in week.kudos {
            var spans = [Span("  👏 "), Span(ChartLines.fit(DateText.shortDay(Day(learning.createdAt, in: context.calendar)), 11), style: muted),
                         Span(" " + text(learning.text))]
            if let author = learning.author { spans.append(Span("  from " + who(author), style: muted)) }
            lines.append(spans)
        }
        return lines
    }
}
