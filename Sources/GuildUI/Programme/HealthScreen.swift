import Foundation
import GuildCore
import TerminalGrid

/// The programme health screen: charts of six months — sessions per month by format, attendance and participation,
/// presenters and first-time presenters, how evenly facilitation and note-taking rotated, ratings per format, action
/// follow-through and skill coverage. Two columns from 110 cells wide, one below; scrolls.
struct HealthScreen {
    let context: ScreenContext
    let health: HealthState

    /// Every line of the screen for a body `width` cells wide.
    func lines(width: Int) -> [[Span]] {
        if width >= 110 {
            let column = (width - 3) / 2
            let left = sessions(column) + [[]] + participation(column) + [[]] + presenters(column)
            let right = rotation(column) + [[]] + ratings(column) + [[]] + followThrough(column) + [[]] + coverage(column)
            return (0..<max(left.count, right.count)).map { row in
                let l = row < left.count ? left[row] : []
                let r = row < right.count ? right[row] : []
                return l.truncated(toWidth: column) + [Span(String(repeating: " ", count: max(0, column - l.truncated(toWidth: column).width)) + "   ")] + r
            }
        }
        return [sessions(width), participation(width), presenters(width), rotation(width), ratings(width), followThrough(width), coverage(width)]
            .flatMap { $0 + [[]] }
    }

    private var theme: Theme { context.theme }
    private var data: GuildData { context.data }
    private var h: ProgrammeHealth { health.health }
    private var muted: Style { theme.style(.muted) }

    private func title(_ text: String, _ note: String = "") -> [Span] {
        [Span(text, style: theme.style(.title)), Span(note.isEmpty ? "" : "  " + note, style: muted)]
    }

    private func months(_ width: Int) -> (labels: [String], columnWidth: Int) {
        (h.months.map(\.period.shortName), max(4, min(8, (width - 9) / max(1, h.months.count))))
    }

    private func sessions(_ width: Int) -> [[Span]] {
        let (labels, columnWidth) = months(width)
        var lines = [title("Sessions per month", "\(h.sessionsHeld) held in \(h.months.count) months")]
        lines += ChartLines.columns(h.months.map { Double($0.sessions) }, labels: labels, height: 4, columnWidth: columnWidth, indent: 9,
                                    style: theme.style(.accent), labelStyle: muted) { $0 == 0 ? "" : String(Int($0)) }
        for (format, _) in h.formatsHeld {
            var spans = [Span("  "), Span(ChartLines.fit(format.badge, 6), style: theme.style(ThemeRole.badge(format))), Span(" ")]
            for month in h.months {
                let count = month.sessionsByFormat[format] ?? 0
                spans.append(Span(ChartLines.fit(count == 0 ? "·" : String(count), columnWidth), style: count == 0 ? muted : .plain))
            }
            lines.append(spans)
        }
        if h.formatsHeld.isEmpty { lines.append([Span("  No sessions held yet: they count once marked done.", style: muted)]) }
        return lines
    }

    private func participation(_ width: Int) -> [[Span]] {
        let barWidth = max(8, width - 30)
        var lines = [title("Attendance and participation", "\(h.eligible) people in scope")]
        lines.append(ChartLines.bar(label: "  attended", labelWidth: 18, fraction: h.participationRate, width: barWidth,
                                    value: "\(MarkdownText.percent(h.participationRate)) (\(h.participants.count))", style: theme.style(.success), emptyStyle: muted))
        lines.append(ChartLines.bar(label: "  contributed", labelWidth: 18, fraction: h.contributionRate, width: barWidth,
                                    value: "\(MarkdownText.percent(h.contributionRate)) (\(h.contributors.count))", style: theme.style(.accent), emptyStyle: muted))
        lines.append([Span(ChartLines.fit("  people/session", 18), style: .plain), Span(" "),
                      Span(ChartLines.sparkline(h.months.map(\.averageAttendance)), style: theme.style(.accent)),
                      Span("  " + h.months.map { $0.sessions == 0 ? "–" : MarkdownText.decimal($0.averageAttendance) }.joined(separator: " "), style: muted)])
        lines.append([Span(ChartLines.fit("  participants", 18)), Span(" "),
                      Span(ChartLines.sparkline(h.months.map { Double($0.participants) }), style: theme.style(.accent)),
                      Span("  " + h.months.map { String($0.participants) }.joined(separator: " "), style: muted)])
        lines.append([Span("  contributed = presented, facilitated or took notes", style: muted)])
        return lines
    }

    private func presenters(_ width: Int) -> [[Span]] {
        var lines = [title("Presenters", "\(h.presenters.count) different, \(h.firstTimePresenters.count) for the first time")]
        lines.append([Span(ChartLines.fit("  presenters", 18)), Span(" "),
                      Span(ChartLines.sparkline(h.months.map { Double($0.presenters) }), style: theme.style(.accent)),
                      Span("  " + h.months.map { String($0.presenters) }.joined(separator: " "), style: muted)])
        lines.append([Span(ChartLines.fit("  first-time", 18)), Span(" "),
                      Span(ChartLines.sparkline(h.months.map { Double($0.firstTimePresenters) }), style: theme.style(.success)),
                      Span("  " + h.months.map { String($0.firstTimePresenters) }.joined(separator: " "), style: muted)])
        if !h.firstTimePresenters.isEmpty {
            let names = h.firstTimePresenters.map { data.name(of: $0) }.joined(separator: ", ")
            lines.append([Span("  🎤 " + SafeText.sanitize(names), style: theme.style(.success))])
        }
        // Sessions documented with key takeaways or a recording, as a share of those held each month (not weekly meetings).
        lines.append([Span(ChartLines.fit("  documented", 18)), Span(" "),
                      Span(ChartLines.sparkline(h.months.map { $0.documentedShare ?? 0 }), style: theme.style(.accent)),
                      Span("  " + h.months.map { $0.documentable == 0 ? "–" : "\($0.documented)/\($0.documentable)" }.joined(separator: " "),
                           style: muted)])
        return lines
    }

    private func rotation(_ width: Int) -> [[Span]] {
        var lines: [[Span]] = []
        for (name, rotation) in [("Facilitation", h.facilitation), ("Note-taking", h.noteTaking)] {
            let evenness = rotation.evenness.map { "evenness \(MarkdownText.percent($0))" } ?? "nobody yet"
            lines.append(title(name + " rotation", "\(rotation.distinct) people over \(rotation.total) sessions, \(evenness)"))
            let top = Double(rotation.turns.first?.count ?? 1)
            for turn in rotation.turns.prefix(5) {
                lines.append(ChartLines.bar(label: "  " + data.name(of: turn.person), labelWidth: 20, fraction: Double(turn.count) / top,
                                            width: max(6, min(20, width - 30)), value: "×\(turn.count)", style: theme.style(.accent), emptyStyle: muted))
            }
            if rotation.turns.count > 5 { lines.append([Span("  … and \(rotation.turns.count - 5) more", style: muted)]) }
            lines.append([])
        }
        lines.removeLast()
        return lines
    }

    private func ratings(_ width: Int) -> [[Span]] {
        var lines = [title("Average rating per format", "anonymous, 1–5")]
        if h.ratings.isEmpty { lines.append([Span("  No ratings yet: the meeting wrap-up asks for them.", style: muted)]) }
        for rating in h.ratings {
            let role: ThemeRole = rating.average >= 4 ? .success : rating.average >= 3 ? .warning : .error
            lines.append(ChartLines.bar(label: "  " + rating.format.name, labelWidth: 20, fraction: rating.average / 5, width: max(6, min(20, width - 36)),
                                        value: "\(MarkdownText.decimal(rating.average)) (\(rating.votes) votes)", style: theme.style(role), emptyStyle: muted))
        }
        return lines
    }

    private func followThrough(_ width: Int) -> [[Span]] {
        let f = h.followThrough
        let total = Double(max(1, f.total + f.dropped))
        var lines = [title("Action follow-through", f.onTimeRate.map { "\(MarkdownText.percent($0)) done on time" } ?? "no action items yet")]
        let rows: [(String, Int, ThemeRole)] = [("on time", f.onTime, .success), ("late", f.late, .warning), ("still open", f.open, .accent),
                                                ("  of which overdue", f.overdue, .error), ("dropped", f.dropped, .muted)]
        for (label, count, role) in rows {
            lines.append(ChartLines.bar(label: "  " + label, labelWidth: 20, fraction: Double(count) / total, width: max(6, min(20, width - 30)),
                                        value: String(count), style: theme.style(role), emptyStyle: muted))
        }
        return lines
    }

    private func coverage(_ width: Int) -> [[Span]] {
        let skills = max(1, h.skillCount)
        let now = h.months.last?.coveredSkills ?? 0
        var lines = [title("Skill coverage", "not gaps: \(KnowledgeGap.holdersNeeded)+ people at level 3+")]
        lines.append(ChartLines.bar(label: "  covered now", labelWidth: 18, fraction: Double(now) / Double(skills), width: max(6, min(24, width - 32)),
                                    value: "\(now) of \(h.skillCount)", style: theme.style(.success), emptyStyle: muted))
        lines.append([Span(ChartLines.fit("  over time", 18)), Span(" "),
                      Span(ChartLines.sparkline(h.months.map { Double($0.coveredSkills) }), style: theme.style(.success)),
                      Span("  " + h.months.map { String($0.coveredSkills) }.joined(separator: " "), style: muted)])
        return lines
    }
}
