import Foundation

/// The programme's report for a month or a quarter as Markdown: sessions held (with links to minutes), participation,
/// ratings, action follow-through, skill gaps closed and open, milestones and kudos. Pure: the same inputs give the same text.
public struct PeriodReport: Sendable {
    public var data: GuildData
    public var period: ProgrammePeriod
    /// When the report is made. The report is "as of" the earlier of this and the period's last moment, and that
    /// moment drives every status in it: overdue, open, done, on time, gaps.
    public var now: Date
    public var calendar: Calendar
    public var scope: ProgrammeScope
    /// Shown under the title ("Backend guild").
    public var storeName: String
    /// The link to a held session's minutes, relative to where the report is written; nil when there are none.
    public var minutesLink: @Sendable (Session) -> String?

    public init(data: GuildData, period: ProgrammePeriod, now: Date, calendar: Calendar, scope: ProgrammeScope = .all,
                storeName: String = "", minutesLink: @escaping @Sendable (Session) -> String? = { _ in nil }) {
        self.data = data
        self.period = period
        self.now = now
        self.calendar = calendar
        self.scope = scope
        self.storeName = storeName
        self.minutesLink = minutesLink
    }

    /// The report, ending in a newline.
    public var markdown: String {
        let start = period.start(in: calendar), end = period.end(in: calendar)
        let asOf = self.asOf
        let health = ProgrammeHealth(data: data, months: period.months, now: asOf, calendar: calendar, scope: scope)
        let held = scope.heldSessions(in: data).filter { $0.start >= start && $0.start < end }
        let milestones = Milestones.between(start, end, in: data, scope: scope)
        let closed = milestones.filter { $0.kind == .gapClosed }
        let openGaps = SkillCoverage(data: data, people: KnowledgeGap.holders(in: scope, data: data))
        let gapIDs = openGaps.gaps(at: asOf)
        var out: [String] = []

        out.append("# Knowledge sharing report — \(period.title)")
        out.append("")
        var subtitle: [String] = []
        if !storeName.isEmpty { subtitle.append(MarkdownText.text(storeName)) }
        subtitle.append(MarkdownText.text(scope.name(in: data)))
        subtitle.append("as of \(MarkdownText.day(asOf, calendar: calendar))")
        out.append(subtitle.joined(separator: " · "))

        // Summary.
        var summary: [String] = []
        let formats = health.formatsHeld.map { MarkdownText.count($0.count, $0.format.name) }
        summary.append("- Sessions held: \(held.count)" + (formats.isEmpty ? "" : " (\(formats.joined(separator: ", ")))"))
        summary.append("- Participation: \(health.participants.count) of \(health.eligible) people (\(MarkdownText.percent(health.participationRate))) attended; "
            + "\(health.contributors.count) (\(MarkdownText.percent(health.contributionRate))) presented, facilitated or took notes")
        summary.append("- Presenters: \(health.presenters.count), of whom \(health.firstTimePresenters.count) for the first time")
        let votes = held.flatMap { $0.ratings ?? [] }.filter { (1...5).contains($0) }
        summary.append("- Rating: " + (votes.isEmpty ? "no votes" : "\(MarkdownText.decimal(Double(votes.reduce(0, +)) / Double(votes.count))) / 5 from \(MarkdownText.count(votes.count, "anonymous vote"))"))
        let follow = health.followThrough
        summary.append("- Action items: \(follow.onTime) done on time, \(follow.late) late, \(follow.open) still open (\(follow.overdue) overdue), \(follow.dropped) dropped"
            + (follow.onTimeRate.map { "; \(MarkdownText.percent($0)) of the \(follow.alreadyDue) already due were done on time" } ?? ""))
        summary.append("- Skill gaps: \(closed.count) closed, \(gapIDs.count) open")
        let documentable = held.filter(SessionDocumentation.counts)
        if !documentable.isEmpty {
            summary.append("- Documented (key takeaways or a recording): \(documentable.filter(\.isDocumented).count) of \(MarkdownText.count(documentable.count, "session")) held"
                + " (weekly meetings have their minutes)")
        }
        section(&out, "Summary", summary)

        if period.length == .quarter {
            var rows = ["| Month | Sessions | People per session | Participants | Presenters | First-time presenters |",
                        "| --- | ---: | ---: | ---: | ---: | ---: |"]
            for month in health.months {
                rows.append("| \(month.period.title) | \(month.sessions) | \(MarkdownText.decimal(month.averageAttendance)) | \(month.participants) | \(month.presenters) | \(month.firstTimePresenters) |")
            }
            section(&out, "Month by month", rows)
        }

        // Sessions held.
        if held.isEmpty {
            section(&out, "Sessions held", ["No sessions were held in \(period.title)."])
        } else {
            var rows = ["| Date | Session | Format | Presenters | People | Rating | Minutes | Materials |",
                        "| --- | --- | --- | --- | ---: | ---: | --- | --- |"]
            for session in held {
                let presenters = session.presenters.map { data.name(of: $0) }
                let ratings = (session.ratings ?? []).filter { (1...5).contains($0) }
                let rating = ratings.isEmpty ? "—" : "\(MarkdownText.decimal(Double(ratings.reduce(0, +)) / Double(ratings.count))) (\(ratings.count))"
                let minutes = minutesLink(session).map { MarkdownText.link("minutes", to: $0) } ?? "—"
                rows.append("| \(MarkdownText.day(session.start, calendar: calendar)) | \(MarkdownText.cell(session.title)) | \(session.format.name) | "
                    + "\(MarkdownText.cell(presenters.joined(separator: ", "))) | \(ProgrammeHealth.participants(of: session).count) | \(rating) | \(minutes) | "
                    + (session.materials.isEmpty ? "—" : session.materials.map { MarkdownText.externalLink($0.kind.rawValue, to: $0.url) }.joined(separator: ", "))
                    + " |")
            }
            section(&out, "Sessions held", rows)
            let documented = held.filter { !$0.takeawayLines.isEmpty }
            if !documented.isEmpty {
                var lines: [String] = []
                for session in documented {
                    lines += (lines.isEmpty ? [] : [""]) + ["### " + MarkdownText.text(session.title), ""] + session.takeawayLines
                }
                section(&out, "Key takeaways", lines)
            }
        }

        // Participation.
        var participation: [String] = []
        participation.append("- Facilitation: " + rotationText(health.facilitation))
        participation.append("- Note-taking: " + rotationText(health.noteTaking))
        participation.append("- Presenters: " + names(health.presenters))
        participation.append("- First-time presenters: " + names(health.firstTimePresenters))
        let participants = Set(health.participants)
        let silent = SkillsMatrix.inPersonOrder(scope.members(in: data).filter { !participants.contains($0.id) })
            .map { MarkdownText.text($0.name) }
        participation.append("- Not seen this period: " + (silent.isEmpty ? "nobody — everyone took part" : silent.joined(separator: ", ")))
        section(&out, "Participation", participation)

        // Ratings.
        if health.ratings.isEmpty {
            section(&out, "Ratings by format", ["No anonymous ratings were collected."])
        } else {
            var rows = ["| Format | Average | Votes | Sessions |", "| --- | ---: | ---: | ---: |"]
            for rating in health.ratings {
                rows.append("| \(rating.format.name) | \(MarkdownText.decimal(rating.average)) | \(rating.votes) | \(rating.sessions) |")
            }
            section(&out, "Ratings by format", rows)
        }

        // Action follow-through.
        var actions = ["| Done on time | Done late | Still open | Overdue | Dropped |", "| ---: | ---: | ---: | ---: | ---: |",
                       "| \(follow.onTime) | \(follow.late) | \(follow.open) | \(follow.overdue) | \(follow.dropped) |"]
        let today = Day(asOf, in: calendar)
        let stillOpen = scope.actions(in: data)
            .filter { $0.createdAt >= start && $0.createdAt < end && $0.createdAt <= asOf }
            .filter { FollowThrough.status(of: $0, on: today, calendar: calendar) == .open }
            .sorted { ($0.due ?? Day(year: 9999, month: 12, day: 31)!, $0.title) < ($1.due ?? Day(year: 9999, month: 12, day: 31)!, $1.title) }
        if !stillOpen.isEmpty {
            actions.append("")
            actions.append("Still open:")
            actions.append("")
            for item in stillOpen {
                let owner = item.owner.flatMap { data.people[$0] }.map { "@" + $0.handle } ?? "no owner"
                let due = item.due.map { $0 < today ? "due \($0), overdue" : "due \($0)" } ?? "no due date"
                actions.append("- [ ] \(MarkdownText.text(item.title)) — \(owner), \(due)")
            }
        }
        section(&out, "Action follow-through", actions)

        // Skill gaps.
        var gaps: [String] = []
        gaps.append(KnowledgeGap.definition)
        gaps.append("")
        gaps.append("Closed this period:")
        gaps.append("")
        gaps.append(contentsOf: closed.isEmpty ? ["- none"] : closed.reversed().map { "- \(MarkdownText.day($0.date, calendar: calendar)): \(MarkdownText.text($0.text))" })
        gaps.append("")
        gaps.append("Open at \(MarkdownText.day(asOf, calendar: calendar)):")
        gaps.append("")
        let openSkills = gapIDs.compactMap { data.skills[$0] }.sorted { a, b in
            a.isCritical != b.isCritical ? a.isCritical : SkillsMatrix.skillOrder(a, b)
        }
        if openSkills.isEmpty {
            gaps.append("- none")
        } else {
            gaps.append("| Skill | Category | Critical | People at 3+ |")
            gaps.append("| --- | --- | --- | ---: |")
            for skill in openSkills {
                gaps.append("| \(MarkdownText.cell(skill.name)) | \(MarkdownText.cell(skill.category)) | \(skill.isCritical ? "yes" : "") | \(openGaps.holders(of: skill.id, at: asOf)) |")
            }
        }
        section(&out, "Skill gaps", gaps)

        // Milestones.
        let celebrated = milestones.filter { $0.kind != .gapClosed }.reversed()
        section(&out, "Milestones", celebrated.isEmpty ? ["None this period."]
            : celebrated.map { "- \(MarkdownText.day($0.date, calendar: calendar)) \($0.kind.symbol) \(MarkdownText.text($0.text))" })

        // Kudos.
        let kudos = scope.learnings(in: data).filter { $0.createdAt >= start && $0.createdAt < end && !$0.kudosTo.isEmpty }
        section(&out, "Kudos", kudos.isEmpty ? ["No kudos recorded this period."] : kudos.map { learning in
            let to = MarkdownText.list(learning.kudosTo.map { MarkdownText.text(data.name(of: $0)) })
            let from = learning.author.map { " (from \(MarkdownText.text(data.name(of: $0))))" } ?? ""
            return "- 👏 \(to) — \(MarkdownText.text(learning.text))\(from)"
        })
        return out.joined(separator: "\n") + "\n"
    }

    /// The moment the report is as of: `now`, or the period's last second when the period is over.
    public var asOf: Date {
        min(now, period.end(in: calendar).addingTimeInterval(-1))
    }

    private func section(_ out: inout [String], _ title: String, _ lines: [String]) {
        out.append("")
        out.append("## \(title)")
        out.append("")
        out.append(contentsOf: lines)
    }

    private func names(_ ids: [UUID]) -> String {
        ids.isEmpty ? "none" : SortKey.sortedTexts(ids.map { MarkdownText.text(data.name(of: $0)) }).joined(separator: ", ")
    }

    private func rotationText(_ rotation: RoleRotation) -> String {
        guard rotation.total > 0 else { return "nobody yet" }
        let who = rotation.turns.map { "\(MarkdownText.text(data.name(of: $0.person))) ×\($0.count)" }.joined(separator: ", ")
        let evenness = rotation.evenness.map { ", evenness \(MarkdownText.percent($0))" } ?? ""
        return "\(MarkdownText.count(rotation.distinct, "person", "people")) over \(MarkdownText.count(rotation.total, "session"))\(evenness): \(who)"
    }
}
