import ArgumentParser
import Foundation
import GuildCore
import TerminalGrid

/// `guild list`: prints sessions, action items, people, skills or any other registered kind of record, as a table or as JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List sessions, actions, people, skills or any other kind of record.",
        discussion: """
        What it lists:
          sessions  upcoming sessions, recurring ones expanded (--all: every record)
          actions   open action items, overdue first (--all: done and dropped too)
          people    everyone, by name
          skills    every skill with how many people are proficient or better
          any other kind of record by its folder name (topics, learnings, communities,
          solutions, notes, ratings, pairings, meetings): every record, named

        --json prints the stored records as a JSON array (ids, ISO-8601 dates), for scripts.

        Examples:
          guild list actions
          guild list sessions --days 30
          guild list people --json | jq '.[].handle'
        """
    )

    /// The lists with a table of their own; every other registered kind is listed by its descriptor.
    enum What: String, ExpressibleByArgument, CaseIterable {
        case sessions, actions, people, skills

        /// The kinds its table reads (sessions' facilitators and note-takers, actions' owners and sessions), or its JSON
        /// (the stored records alone).
        func kinds(json: Bool) -> Set<RecordKind> {
            switch self {
            case .sessions: json ? [.session] : [.session, .person]
            case .actions: json ? [.action] : [.action, .person, .session]
            case .people: [.person]
            case .skills: [.skill, .person, .ratingSheet]
            }
        }
    }

    @Argument(help: "What to list: sessions, actions, people, skills, or another kind's folder (topics, learnings, …).")
    var what: String

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Flag(help: "Include past, done, dropped and cancelled records.")
    var all = false

    @Option(help: "For sessions: how many days ahead to look.")
    var days = 90

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try OptionRange.check(days, 1...3650, option: "--days", unit: "days")
        guard What(rawValue: what) != nil || RecordKind(rawValue: what) != nil else {
            let known = What.allCases.map(\.rawValue) + RecordKind.allCases.map(\.folder).filter { What(rawValue: $0) == nil }
            throw ArgumentParser.ValidationError("“\(SafeText.sanitize(what))” is not something to list: use one of \(known.joined(separator: ", "))")
        }
    }

    func run() throws {
        let clock = try Clock.fromEnvironment()
        // A kind kept in group folders read on request (notes) is read in full when it is what is listed.
        let listed = What(rawValue: what) == nil ? RecordKind(rawValue: what)?.descriptor : nil
        let loaded = try LoadedStore.open(storeOptions, kinds: What(rawValue: what)?.kinds(json: json), includeNotes: listed?.groupsLoadOnRequest == true)
        let data = loaded.data
        let today = Day(clock.now, in: clock.calendar)
        guard let what = What(rawValue: what) else {
            guard let kind = RecordKind(rawValue: self.what) else { return }
            return try list(kind.descriptor, data: data, calendar: clock.calendar)
        }
        switch what {
        case .sessions:
            if all {
                let sessions = data.sessions.values.sorted { ($0.start, $0.id.orderKey) < ($1.start, $1.id.orderKey) }
                if json { return try printJSON(sessions) }
                var table = Columns("WHEN", "FORMAT", "TITLE", "STATUS", "FACILITATOR", "ID")
                for s in sessions {
                    table.add(s.isAllDay ? Self.format(day: s.start, clock.inUTC) : Self.format(s.start, clock), s.format.badge, s.title, s.status.rawValue,
                              data.name(of: s.facilitator), s.id.uuidString.lowercased())
                }
                printTable(table, empty: "No sessions yet. Add one with: guild add session \"Title\" --at \"fri 15:00\"")
            } else {
                let upcoming = UpcomingSessions.list(in: data, now: clock.now, calendar: clock.calendar, horizonDays: days)
                if json { return try printJSON(upcoming.map { OccurrenceJSON(session: $0.session, start: $0.start) }) }
                var table = Columns("WHEN", "FORMAT", "TITLE", "FACILITATOR", "NOTE-TAKER")
                for o in upcoming {
                    table.add(o.isAllDay ? Self.format(day: o.start, clock) : Self.format(o.start, clock), o.session.format.badge, o.session.title,
                              data.name(of: o.session.facilitator), data.name(of: o.session.noteTaker))
                }
                printTable(table, empty: "No sessions in the next \(days) days. Plan one with: guild add session \"Title\" --at \"fri 15:00\"")
            }
        case .actions:
            let items = all
                ? data.actions.values.sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }
                : OpenActions.list(in: data, today: today)
            if json { return try printJSON(items) }
            var table = Columns("DUE", "OWNER", "TITLE", "STATUS", "FROM")
            for a in items {
                let due = a.due.map { a.isOverdue(today: today) ? "\($0) (overdue)" : $0.description } ?? "—"
                table.add(due, data.people[a.owner ?? UUID()]?.handle ?? "—", a.title, a.status.rawValue,
                          a.sessionID.flatMap { data.sessions[$0]?.title } ?? "—")
            }
            printTable(table, empty: all ? "No action items yet." : "No open action items. Add one with: guild add action \"Title\" --owner HANDLE --due fri")
        case .people:
            let people = SkillsMatrix.inPersonOrder(data.people.values)
            if json { return try printJSON(people) }
            var table = Columns("HANDLE", "NAME", "TEAM", "ROLE")
            for p in people { table.add(p.handle + (p.isAway ? " (away)" : ""), p.name, p.team, p.role) }
            printTable(table, empty: "No people yet. Add someone with: guild add person \"Name\" --handle name")
        case .skills:
            let matrix = SkillsMatrix(data: data)
            if json { return try printJSON(matrix.skills) }
            var table = Columns("CATEGORY", "SKILL", "PROFICIENT+", "CRITICAL")
            for (i, s) in matrix.skills.enumerated() {
                table.add(s.category, s.name, String(matrix.coverage[i]), s.isCritical ? "yes" : "")
            }
            printTable(table, empty: "No skills yet. Add one with: guild add skill \"Kubernetes\" --category Infrastructure")
        }
    }

    /// Every record of a kind without a table of its own: by its form's list when it is edited in forms (title and
    /// detail), else by its descriptor's title; `--json` prints the stored records.
    private func list(_ descriptor: RecordDescriptor, data: GuildData, calendar: Calendar) throws {
        if json { return try printRecords(descriptor.recordType, data: data) }
        var table: Columns
        if let form = descriptor.form {
            table = Columns(descriptor.noun.uppercased(), "DETAIL", "ID")
            for row in form.rows(data: data, calendar: calendar) { table.add(row.title, row.detail, row.id.uuidString.lowercased()) }
        } else {
            table = Columns(descriptor.noun.uppercased(), "ID")
            let named = descriptor.recordsInIDOrder(in: data).map { (title: descriptor.title(of: $0, in: data) ?? descriptor.label(of: $0, in: data), id: $0.id) }
            for record in named.sorted(by: { ($0.title, $0.id.orderKey) < ($1.title, $1.id.orderKey) }) {
                table.add(record.title, record.id.uuidString.lowercased())
            }
        }
        printTable(table, empty: "No \(descriptor.kind.folder) yet.")
    }

    /// The stored records of `type`, in id order, as a JSON array.
    private func printRecords<R: Record>(_ type: R.Type, data: GuildData) throws {
        try printJSON(data.records(R.self))
    }

    private func printTable(_ table: Columns, empty: String) {
        if table.rows.isEmpty {
            Terminal.print(empty)
            return
        }
        table.lines().forEach(Terminal.print)
    }

    private func printJSON<T: Encodable>(_ value: T) throws {
        try Terminal.printJSON(value)
    }

    /// "Mon 2026-11-23 16:00" in the local time zone.
    /// "Thu 2026-12-24 all day".
    static func format(day date: Date, _ clock: Clock) -> String {
        String(format(date, clock).prefix(14)) + " all day"
    }

    static func format(_ date: Date, _ clock: Clock) -> String {
        MinuteFormat.string(date, calendar: clock.calendar)
    }

    /// One expanded occurrence: the session record plus this occurrence's start.
    struct OccurrenceJSON: Encodable {
        var session: Session
        var start: Date
    }
}
