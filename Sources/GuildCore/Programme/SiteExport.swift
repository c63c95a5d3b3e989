import Foundation

/// The knowledge base as linked Markdown files a wiki or a git forge renders (seed 000: knowledge nobody can reach is lost):
/// minutes of every held session, the learnings log, the solutions catalogue, the skills map and the communities.
///
/// Pure: returns `[relative path: Markdown]`, or each page on request (`plan`, `minutesPage`, `otherPages`); the caller
/// writes the files.
public struct SiteExport: Sendable {
    public var data: GuildData
    /// Minutes already written by the meeting wrap-up (`minutes/<id>.md` in the store), by session id; other held sessions get
    /// minutes rendered from their notes.
    public var minutes: [UUID: String]
    public var calendar: Calendar
    /// Dates the export ("as of") and the skills map.
    public var now: Date
    public var storeName: String

    public init(data: GuildData, minutes: [UUID: String] = [:], calendar: Calendar, now: Date, storeName: String = "Guild") {
        self.data = data
        self.minutes = minutes
        self.calendar = calendar
        self.now = now
        self.storeName = storeName
    }

    /// Every file, by path relative to the site's folder.
    public var files: [String: String] { files(progress: nil) }

    /// Every file, by path relative to the site's folder; `progress` hears (pages done, pages in all) as minutes are built.
    ///
    /// Notes and action items are grouped by session once, so the cost grows with the records, not sessions × notes.
    public func files(progress: ((Int, Int) -> Void)?) -> [String: String] {
        let plan = self.plan()
        var files = Dictionary(plan.indexes, uniquingKeysWith: { _, last in last })
        for (done, session) in plan.held.enumerated() {
            files[plan.paths[session.id]!] = minutesPage(session, notes: plan.items.notes(of: session.id), plan: plan)
            if done % 64 == 0 { progress?(done, plan.pageCount) }
        }
        for (path, text) in otherPages(plan) { files[path] = text }
        progress?(plan.pageCount, plan.pageCount)
        return files
    }

    /// What every page of the site is made from: the held sessions, their pages' paths, the action items (and the notes in
    /// `data`) grouped by session, and the two index pages.
    public struct Plan: Sendable {
        /// The held sessions, oldest first.
        public let held: [Session]
        /// Each held session's minutes page.
        public let paths: [UUID: String]
        /// The minutes pages and the four other pages.
        public var pageCount: Int { held.count + 4 }
        /// The site's index and the minutes index, by path.
        public let indexes: [(path: String, text: String)]
        let items: SessionItems
    }

    /// The site's plan, for a caller that makes its pages one at a time (`minutesPage`, `otherPages`) and keeps none, as
    /// `guild export site` does while it reads each session's notes from the store: the same files as `files`.
    public func plan() -> Plan {
        let held = ProgrammeScope.all.heldSessions(in: data)
        let paths = minutesPaths(held)
        return Plan(held: held, paths: paths,
                    indexes: [("README.md", index(held: held, paths: paths)), ("minutes/README.md", minutesIndex(held: held, paths: paths))],
                    items: SessionItems(data))
    }

    /// The minutes page of a held session, by its path; `notes` are that session's notes in any order.
    public func minutesPage(of session: Session, notes: [NoteEntry], plan: Plan) -> (path: String, text: String)? {
        guard let path = plan.paths[session.id] else { return nil }
        return (path, minutesPage(session, notes: notes.sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }, plan: plan))
    }

    /// The learnings log, the solutions catalogue, the skills map and the communities, by path.
    public func otherPages(_ plan: Plan) -> [(path: String, text: String)] {
        [("learnings.md", learningsPage(paths: plan.paths)), ("solutions.md", solutionsPage()), ("skills.md", skillsPage()),
         ("communities.md", communitiesPage(paths: plan.paths))]
    }

    /// "minutes/2026-11-20-weekly-tech-meeting.md" for each held session; a clash gets "-2", "-3".
    public func minutesPaths(_ held: [Session]) -> [UUID: String] {
        var used: Set<String> = []
        var result: [UUID: String] = [:]
        for session in held {
            let base = "minutes/" + Day(session.start, in: calendar).description + "-" + SiteExport.slug(session.title)
            var path = base + ".md"
            var n = 2
            while used.contains(path) { path = base + "-\(n).md"; n += 1 }
            used.insert(path)
            result[session.id] = path
        }
        return result
    }

    /// Lower-case ASCII words joined by hyphens ("Zoë's Kafka deep dive!" → "zoes-kafka-deep-dive"), at most 50 characters.
    public static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > 50 {
            slug = String(slug.prefix(50))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? "session" : slug.lowercased()
    }

    private func index(held: [Session], paths: [UUID: String]) -> String {
        var out = ["# \(MarkdownText.text(storeName)) — knowledge base", "",
                   "Exported from Guild on \(MarkdownText.day(now, calendar: calendar)).", "",
                   "- \(MarkdownText.link("Minutes", to: "minutes/README.md")): \(MarkdownText.count(held.count, "held session"))",
                   "- \(MarkdownText.link("Learnings log", to: "learnings.md")): \(MarkdownText.count(data.learnings.count, "entry", "entries"))",
                   "- \(MarkdownText.link("Solutions catalogue", to: "solutions.md")): \(MarkdownText.count(data.solutions.count, "solution"))",
                   "- \(MarkdownText.link("Skills map", to: "skills.md")): \(MarkdownText.count(data.skills.count, "skill")), \(MarkdownText.count(data.people.count, "person", "people"))",
                   "- \(MarkdownText.link("Communities of practice", to: "communities.md")): \(data.communities.count)"]
        let latest = held.suffix(5).reversed()
        if !latest.isEmpty {
            out += ["", "## Latest sessions", ""]
            out += latest.map { "- \(MarkdownText.day($0.start, calendar: calendar)) \(MarkdownText.link($0.title, to: paths[$0.id]!)) (\($0.format.name))" }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func minutesIndex(held: [Session], paths: [UUID: String]) -> String {
        var out = ["# Minutes", "", MarkdownText.link("← Knowledge base", to: "../README.md"), ""]
        if held.isEmpty {
            out.append("No sessions have been held yet.")
        } else {
            out += ["| Date | Session | Format | Facilitator | Note-taker |", "| --- | --- | --- | --- | --- |"]
            for session in held.reversed() {
                let file = String(paths[session.id]!.dropFirst("minutes/".count))
                out.append("| \(MarkdownText.day(session.start, calendar: calendar)) | \(MarkdownText.link(session.title, to: file)) | \(session.format.name) | "
                    + "\(MarkdownText.cell(data.name(of: session.facilitator))) | \(MarkdownText.cell(data.name(of: session.noteTaker))) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The minutes page of a held session; `notes` are its notes, oldest first.
    private func minutesPage(_ session: Session, notes: [NoteEntry], plan: Plan) -> String {
        let items = plan.items
        let back = "\n---\n\n" + MarkdownText.link("← All minutes", to: "README.md") + " · " + MarkdownText.link("Knowledge base", to: "../README.md") + "\n"
        let documentation = MinutesDocument.documentation(of: session)
        if let stored = minutes[session.id].map(MarkdownText.withoutRawHTML) {
            var page = stored.hasSuffix("\n") ? stored : stored + "\n"
            // Minutes written before the takeaways and materials were added get them here.
            if !documentation.isEmpty, !page.contains("\n## Key takeaways\n"), !page.contains("\n## Materials\n") {
                page += documentation.dropFirst().joined(separator: "\n") + "\n"
            }
            return page + back
        }
        var out = ["# \(MarkdownText.text(session.title)) — \(MarkdownText.dateTime(session.start, calendar: calendar))", ""]
        if !session.desiredOutcome.isEmpty { out += ["Desired outcome: \(MarkdownText.text(session.desiredOutcome))", ""] }
        out.append("- Format: \(session.format.name)")
        out.append("- Facilitator: \(MarkdownText.text(data.name(of: session.facilitator)))")
        out.append("- Note-taker: \(MarkdownText.text(data.name(of: session.noteTaker)))")
        if !session.presenters.isEmpty {
            out.append("- Presenters: " + session.presenters.map { MarkdownText.text(data.name(of: $0)) }.joined(separator: ", "))
        }
        let present = SortKey.sortedTexts(ProgrammeHealth.participants(of: session).map { MarkdownText.text(data.name(of: $0)) })
        out.append("- Present (\(present.count)): " + (present.isEmpty ? "—" : present.joined(separator: ", ")))
        if let community = session.communityID.flatMap({ data.communities[$0] }) {
            out.append("- Community: " + MarkdownText.link(community.name, to: "../communities.md#" + MarkdownText.anchor(community.name)))
        }
        if let details = session.details, !MarkdownText.lines(details).isEmpty { out += ["", MarkdownText.lines(details)] }
        out += documentation
        if !session.agenda.isEmpty {
            out += ["", "## Agenda", ""]
            out += session.agenda.map { "- \(MarkdownText.text($0.title)) (\($0.minutes) min)" + ($0.isRound ? ", a round" : "") }
        }
        let kinds: [(NoteEntry.Kind, String)] = [(.decision, "Decisions"), (.learning, "Learnings"), (.success, "Successes"),
                                                 (.frustration, "Frustrations"), (.pairing, "Pairing experiences"), (.support, "Support"),
                                                 (.objection, "Objections"), (.note, "Notes"), (.question, "Questions")]
        for (kind, title) in kinds {
            let lines = notes.filter { $0.kind == kind }.map { note in
                "- " + MarkdownText.text(note.text) + (note.author.map { " (\(MarkdownText.text(data.name(of: $0))))" } ?? "")
            }
            if !lines.isEmpty { out += ["", "## \(title)", ""] + lines }
        }
        let actions = items.actions(of: session.id)
        if !actions.isEmpty {
            out += ["", "## Action items", ""]
            out += actions.map { item in
                let owner = item.owner.flatMap { data.people[$0] }.map { "@" + $0.handle } ?? "no owner"
                return "- [\(item.status == .done ? "x" : " ")] \(MarkdownText.text(item.title)) — \(owner)" + (item.due.map { ", due \($0)" } ?? "")
                    + (item.status == .dropped ? " (dropped)" : "")
            }
        }
        if let ratings = session.ratings, !ratings.isEmpty {
            let average = Double(ratings.reduce(0, +)) / Double(ratings.count)
            out += ["", "## Rating", "", "\(MarkdownText.decimal(average)) / 5 from \(MarkdownText.count(ratings.count, "anonymous vote"))."]
        }
        return out.joined(separator: "\n") + "\n" + back
    }

    private func learningsPage(paths: [UUID: String]) -> String {
        var out = ["# Learnings log", "", MarkdownText.link("← Knowledge base", to: "README.md"), "",
                   "Wins, opportunities and lessons, newest first."]
        let learnings = data.learnings.values.sorted { ($0.createdAt, $0.id.orderKey) > ($1.createdAt, $1.id.orderKey) }
        if learnings.isEmpty { out += ["", "Nothing logged yet."] }
        var month = ""
        for learning in learnings {
            let period = ProgrammePeriod.containing(learning.createdAt, length: .month, calendar: calendar).title
            if period != month {
                out += ["", "## \(period)", ""]
                month = period
            }
            var line = "- **\(MarkdownText.day(learning.createdAt, calendar: calendar))** · \(learning.kind.rawValue) · \(MarkdownText.text(learning.text))"
            if !learning.context.isEmpty { line += " · _\(MarkdownText.text(learning.context))_" }
            if let author = learning.author { line += " — \(MarkdownText.text(data.name(of: author)))" }
            if !learning.kudosTo.isEmpty { line += " · 👏 " + MarkdownText.list(learning.kudosTo.map { MarkdownText.text(data.name(of: $0)) }) }
            if let session = learning.sessionID, let path = paths[session] { line += " · " + MarkdownText.link("minutes", to: path) }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func solutionsPage() -> String {
        var out = ["# Solutions catalogue", "", MarkdownText.link("← Knowledge base", to: "README.md"), "",
                   "What we use for a need, how long it takes, what can go wrong and whom to ask.", ""]
        // Each need lowercased once, not once per comparison.
        let solutions = data.solutions.values.map { (need: $0.need.localizedLowercase, id: $0.id.orderKey, solution: $0) }
            .sorted { ($0.need, $0.id) < ($1.need, $1.id) }.map(\.solution)
        if solutions.isEmpty {
            out.append("No solutions catalogued yet.")
        } else {
            out += ["| Need | Solution | Time | Risks | Who knows it | Skills |", "| --- | --- | --- | --- | --- | --- |"]
            for solution in solutions {
                let experts = solution.experts.map { data.name(of: $0) }.joined(separator: ", ")
                let skills = solution.skillIDs.compactMap { data.skills[$0] }.map { MarkdownText.link($0.name, to: "skills.md#" + MarkdownText.anchor($0.name)) }
                out.append("| \(MarkdownText.cell(solution.need)) | \(MarkdownText.cell(solution.solution)) | \(MarkdownText.cell(solution.approximateTime)) | "
                    + "\(MarkdownText.cell(solution.risks)) | \(MarkdownText.cell(experts)) | \(skills.isEmpty ? "—" : skills.joined(separator: ", ")) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func skillsPage() -> String {
        let matrix = SkillsMatrix(data: data)
        var out = ["# Skills map", "", MarkdownText.link("← Knowledge base", to: "README.md"), "",
                   "Levels: 0 none, 1 learning, 2 working knowledge, 3 proficient, 4 expert / can teach. "
                   + KnowledgeGap.definition]
        // The same gaps as `guild gaps`, in its order.
        let gapIDs = SkillGaps.report(data).map(\.skillID)
        let gaps = gapIDs.compactMap { data.skills[$0] }
        let isGap = Set(gapIDs)
        out += ["", "## Gaps", ""]
        out += gaps.isEmpty ? ["None: every skill has enough people at proficient or better."]
            : gaps.map { "- " + MarkdownText.link($0.name, to: "#" + MarkdownText.anchor($0.name)) + ($0.isCritical ? " (critical)" : "") }
        var category: String?
        // Each name escaped once, and the solutions in order of their need once, not once per skill.
        let names = matrix.people.map { MarkdownText.text($0.name) }
        let solutionsByNeed = data.solutions.values.sorted { $0.need < $1.need }
        for (column, skill) in matrix.skills.enumerated() {
            if skill.category != category {
                category = skill.category
                out += ["", "## \(skill.category.isEmpty ? "Other" : MarkdownText.text(skill.category))"]
            }
            out += ["", "### \(MarkdownText.text(skill.name))", ""]
            var levels: [String] = []
            var teachers: [String] = [], learners: [String] = []
            for (row, person) in matrix.people.enumerated() {
                guard let rating = matrix.rating(person: person.id, skill: skill.id) else { continue }
                let name = names[row]
                if rating.level >= .working { levels.append("\(name) (\(rating.level.rawValue))") }
                if rating.happyToTeach { teachers.append(name) }
                if rating.wantsToLearn { learners.append(name) }
            }
            out.append("- People at 3 or more: \(matrix.coverage[column])" + (skill.isCritical ? " · critical" : "")
                + (isGap.contains(skill.id) ? " · **gap**" : ""))
            out.append("- Who knows it: " + (levels.isEmpty ? "nobody yet" : levels.joined(separator: ", ")))
            out.append("- Happy to teach: " + (teachers.isEmpty ? "—" : teachers.joined(separator: ", ")))
            out.append("- Wants to learn: " + (learners.isEmpty ? "—" : learners.joined(separator: ", ")))
            let solutions = solutionsByNeed.filter { $0.skillIDs.contains(skill.id) }
            if !solutions.isEmpty {
                out.append("- Solutions: " + solutions.map { MarkdownText.link($0.need, to: "solutions.md") }.joined(separator: ", "))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func communitiesPage(paths: [UUID: String]) -> String {
        var out = ["# Communities of practice", "", MarkdownText.link("← Knowledge base", to: "README.md")]
        let communities = data.communities.values.sorted { ($0.name.localizedLowercase, $0.id.orderKey) < ($1.name.localizedLowercase, $1.id.orderKey) }
        if communities.isEmpty { out += ["", "No communities yet."] }
        for community in communities {
            let scope = ProgrammeScope(communityID: community.id)
            out += ["", "## \(MarkdownText.text(community.name))", ""]
            out.append("- Domain: \(MarkdownText.text(community.domain))")
            out.append("- Stage: \(community.stage.rawValue)")
            out.append("- Members (\(community.members.count)): " + (community.members.isEmpty ? "—" : community.members.map { MarkdownText.text(data.name(of: $0)) }.joined(separator: ", ")))
            if !community.objectives.isEmpty {
                out += ["", "| Objective | Status |", "| --- | --- |"]
                out += community.objectives.map { "| \(MarkdownText.cell($0.text)) | \($0.status.rawValue) |" }
            }
            let held = scope.heldSessions(in: data)
            if !held.isEmpty {
                out += ["", "Sessions held:", ""]
                out += held.reversed().map { "- \(MarkdownText.day($0.start, calendar: calendar)) " + MarkdownText.link($0.title, to: paths[$0.id]!) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
