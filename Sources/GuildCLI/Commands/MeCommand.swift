import ArgumentParser
import Foundation
import GuildCore

/// `guild me`: what is on my plate — my action items, roles, learning goals, pair and kudos.
struct MeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "me",
        abstract: "Your week: open action items, your roles in upcoming sessions, learning goals, your pair, kudos.",
        discussion: """
        You are the person set with `guild config me HANDLE`, else the one whose e-mail is `git config user.email`. \
        Shows your open action items (overdue first), the upcoming sessions where you facilitate, take notes or \
        present, the skills you want to learn with who teaches them and upcoming sessions on them, your pair in the \
        current pairing round and the kudos you got in the last 30 days.

        --json prints {person: {personID, handle, name}, source (config|gitEmail|option), today, actions: [{id, \
        title, due, overdue, tag, sessionID}], roles: [{sessionID, title, start, end, location, roles \
        (facilitator|noteTaker|presenter)}], learningGoals: [{skillID, skill, level, teachers: [{personID, handle, \
        name, away}], sessions: [{sessionID, title, start}]}], roundDrawnAt, pair: {drawnAt, partners, skill, \
        teacher, learner}, kudos: [{learningID, kind, text, createdAt, from, sessionID}], undocumented: [{sessionID, \
        title, start}]}.

        Held sessions you facilitated or presented that still have neither key takeaways nor a recording a week \
        after they ended (the store's documentAfterDays in guild.json) are listed as not yet documented.

        Examples:
          guild config me zoe && guild me
          guild me --days 7
          guild me --as aanya --json | jq '.actions[].title'
        """
    )

    @Option(name: .customLong("as"), help: ArgumentHelp("Show someone else's week (a handle) instead of yours.", valueName: "handle"))
    var person: String?

    @Option(help: "How many days ahead to look for sessions.")
    var days = 14

    @Flag(help: "Print it as JSON, for scripts.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try OptionRange.check(days, 1...366, option: "--days", unit: "days")
    }

    func run() throws {
        let clock = try Clock.fromEnvironment()
        let loaded = try LoadedStore.open(storeOptions)
        let data = loaded.data
        let me: Person
        let source: String
        if let person {
            me = try loaded.person(handle: person)
            source = "option"
        } else {
            switch try MachineIdentity.resolve(loaded) {
            case .found(let identity):
                me = data.people[identity.personID]!
                source = identity.source.rawValue
            case .unknown(let reason):
                throw CLIFailure(reason)
            }
        }
        let week = MyWeek(person: me.id, in: data, now: clock.now, calendar: clock.calendar, horizonDays: days,
                          documentAfterDays: loaded.store.storeManifest?.documentAfterDays ?? SessionDocumentation.defaultDays)
        if json { return try Terminal.printJSON(WeekJSON(week, source: source, in: data)) }
        for line in lines(week, me: me, source: source, clock: clock, in: data) { Terminal.print(line) }
    }

    /// The week as lines for the terminal.
    private func lines(_ week: MyWeek, me: Person, source: String, clock: Clock, in data: GuildData) -> [String] {
        func who(_ id: UUID?) -> String {
            guard let id, let person = data.people[id] else { return "(unknown)" }
            return "\(person.name) (@\(person.handle))"
        }
        func when(_ occurrence: SessionOccurrence) -> String {
            occurrence.isAllDay ? ListCommand.format(day: occurrence.start, clock) : ListCommand.format(occurrence.start, clock)
        }
        let origin = source == "config" ? "set with `guild config me`" : source == "gitEmail" ? "from your git e-mail" : "with --as"
        var out = ["\(me.name) (@\(me.handle)) — \(origin) · \(week.today)", ""]

        let overdue = week.overdueCount
        out.append("Action items: \(week.actions.count) open" + (overdue > 0 ? ", \(overdue) overdue" : ""))
        if week.actions.isEmpty { out.append("  none") }
        for item in week.actions {
            let mark = item.isOverdue(today: week.today) ? "!" : " "
            var line = "  \(mark) \(item.due.map { "\($0)" } ?? "no due day") \(item.title)"
            if let tag = item.tag { line += " #\(tag)" }
            if item.isOverdue(today: week.today), let due = item.due { line += " (overdue \(due.days(until: week.today)) d)" }
            out.append(line)
        }

        out += ["", "Roles in the next \(days) days"]
        if week.roles.isEmpty { out.append("  none") }
        for role in week.roles {
            out.append("  \(when(role.occurrence))  \(role.occurrence.session.title) — " + role.roles.map(\.label).joined(separator: ", "))
        }

        if !week.undocumented.isEmpty {
            out += ["", "Not yet documented (held over \(week.documentAfterDays) days ago; add key takeaways or a recording)"]
            for session in week.undocumented {
                out.append("  \(ListCommand.format(session.start, clock))  \(session.title) — guild session takeaways \(session.id.uuidString.prefix(8).lowercased()) \"…\"")
            }
        }

        out += ["", "Learning goals"]
        if week.goals.isEmpty { out.append("  none (mark skills you want to learn with `guild rate … --learn`)") }
        for goal in week.goals {
            let name = data.skills[goal.skillID]?.name ?? "?"
            let teachers = goal.teachers.isEmpty ? "nobody teaches it yet"
                : "taught by " + goal.teachers.prefix(3).map { who($0) + (data.people[$0]?.isAway == true ? " (away)" : "") }.joined(separator: ", ")
                    + (goal.teachers.count > 3 ? " and \(goal.teachers.count - 3) more" : "")
            out.append("  \(name) (level \(goal.level.rawValue)) — \(teachers)")
            for occurrence in goal.sessions {
                out.append("      \(when(occurrence))  \(occurrence.session.title)")
            }
        }

        out += ["", "Pair this round"]
        if let pair = week.pair {
            var line = "  with " + pair.partners.map(who).joined(separator: " and ")
            if let skill = pair.skillID.flatMap({ data.skills[$0] }), let teacher = pair.teacher, let learner = pair.learner {
                line += " — \(skill.name): @\(data.people[teacher]?.handle ?? "?") teaches, @\(data.people[learner]?.handle ?? "?") learns"
            }
            out.append(line + " (drawn \(Day(pair.drawnAt, in: clock.calendar)))")
        } else if let drawn = week.roundDrawnAt {
            out.append("  not paired in the round drawn \(Day(drawn, in: clock.calendar))")
        } else {
            out.append("  no round drawn yet (`guild pairs`)")
        }

        out += ["", "Kudos in the last 30 days: \(week.kudos.count)"]
        for learning in week.kudos {
            out.append("  \(Day(learning.createdAt, in: clock.calendar)) \(learning.text)" + (learning.author.map { " — from " + who($0) } ?? ""))
        }
        return out
    }

    /// The week as JSON.
    struct WeekJSON: Encodable {
        var person: PersonRef
        var source: String
        var today: String
        var actions: [ActionJSON]
        var roles: [RoleJSON]
        var learningGoals: [GoalJSON]
        var roundDrawnAt: Date?
        var pair: PairJSON?
        var kudos: [KudosJSON]
        var undocumented: [UndocumentedJSON]

        init(_ week: MyWeek, source: String, in data: GuildData) {
            person = PersonRef(week.personID, in: data)
            self.source = source
            today = week.today.description
            actions = week.actions.map {
                ActionJSON(id: $0.id, title: $0.title, due: $0.due?.description, overdue: $0.isOverdue(today: week.today), tag: $0.tag, sessionID: $0.sessionID)
            }
            roles = week.roles.map {
                RoleJSON(sessionID: $0.occurrence.session.id, title: $0.occurrence.session.title, start: $0.occurrence.start,
                         end: $0.occurrence.end, location: $0.occurrence.session.location, roles: $0.roles.map(\.rawValue))
            }
            learningGoals = week.goals.map { goal in
                GoalJSON(skillID: goal.skillID, skill: data.skills[goal.skillID]?.name ?? "", level: goal.level.rawValue,
                         teachers: goal.teachers.map { TeacherJSON(person: PersonRef($0, in: data), away: data.people[$0]?.isAway ?? false) },
                         sessions: goal.sessions.map { SessionJSON(sessionID: $0.session.id, title: $0.session.title, start: $0.start) })
            }
            roundDrawnAt = week.roundDrawnAt
            pair = week.pair.map { pair in
                PairJSON(drawnAt: pair.drawnAt, partners: pair.partners.map { PersonRef($0, in: data) },
                         skill: pair.skillID.flatMap { data.skills[$0]?.name },
                         teacher: pair.teacher.map { PersonRef($0, in: data) }, learner: pair.learner.map { PersonRef($0, in: data) })
            }
            kudos = week.kudos.map {
                KudosJSON(learningID: $0.id, kind: $0.kind.rawValue, text: $0.text, createdAt: $0.createdAt,
                          from: $0.author.map { PersonRef($0, in: data) }, sessionID: $0.sessionID)
            }
            undocumented = week.undocumented.map { UndocumentedJSON(sessionID: $0.id, title: $0.title, start: $0.start) }
        }
    }

    struct ActionJSON: Encodable {
        var id: UUID
        var title: String
        var due: String?
        var overdue: Bool
        var tag: String?
        var sessionID: UUID?
    }

    struct RoleJSON: Encodable {
        var sessionID: UUID
        var title: String
        var start: Date
        var end: Date
        var location: String
        var roles: [String]
    }

    struct GoalJSON: Encodable {
        var skillID: UUID
        var skill: String
        var level: Int
        var teachers: [TeacherJSON]
        var sessions: [SessionJSON]
    }

    struct TeacherJSON: Encodable {
        var person: PersonRef
        var away: Bool

        func encode(to encoder: any Encoder) throws {
            try person.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(away, forKey: .away)
        }

        private enum Key: String, CodingKey { case away }
    }

    struct SessionJSON: Encodable {
        var sessionID: UUID
        var title: String
        var start: Date
    }

    struct PairJSON: Encodable {
        var drawnAt: Date
        var partners: [PersonRef]
        var skill: String?
        var teacher: PersonRef?
        var learner: PersonRef?
    }

    /// A held session of yours that is not yet documented.
    struct UndocumentedJSON: Encodable {
        var sessionID: UUID
        var title: String
        var start: Date
    }

    struct KudosJSON: Encodable {
        var learningID: UUID
        var kind: String
        var text: String
        var createdAt: Date
        var from: PersonRef?
        var sessionID: UUID?
    }
}
