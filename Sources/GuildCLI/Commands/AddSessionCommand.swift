import ArgumentParser
import Foundation
import GuildCore

/// `guild add session`: plans a session with a format, a time, roles and an agenda.
struct AddSessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Plan a session: format, time, facilitator, note-taker and agenda.",
        discussion: """
        Formats: tech-talk, workshop, brown-bag (lunch & learn), show-and-tell, deep-dive, code-review, \
        pairing, weekly-meeting, other. Agenda items are "Title=minutes"; add "round:" before a title for a \
        round where everyone speaks in turn.

        Example:
          guild add session "Zero-downtime migrations" --format tech-talk \\
            --at "fri 16:00" --minutes 45 \\
            --facilitator amara --presenter yuki --note-taker lilei \\
            --attendee zoe --attendee sam \\
            --outcome "Teams can plan a migration without downtime" \\
            --agenda "Talk=30" --agenda "Q&A=15" \\
            --link slides=https://example.com/migrations.pdf
          guild add session "Docs day" --at "2026-11-02 10:00" \\
            --link recording=https://v.example.com/d --takeaways "- Write it down"
          guild add session "Weekly tech meeting" --format weekly-meeting \\
            --at "fri 15:00" --repeat weekly --agenda "Open action items=5" \\
            --agenda "round:Successes, frustrations, learnings=20"
        """
    )

    @Argument(help: "The session's title.")
    var title: String

    @Option(help: "The format (tech-talk, workshop, brown-bag, show-and-tell, deep-dive, code-review, pairing, weekly-meeting, other).")
    var format: String = "tech-talk"

    @Option(help: "When it starts: 2026-12-04 14:00, fri 15:00, tomorrow 12:30.")
    var at: String

    @Option(help: "How long it lasts, in minutes.")
    var minutes: Int = 60

    @Option(help: "What people should leave with.")
    var outcome: String = ""

    @Option(help: "A room or a link.")
    var location: String = ""

    @Option(help: "The facilitator's handle.")
    var facilitator: String?

    @Option(help: "A presenter's handle (repeat for several).")
    var presenter: [String] = []

    @Option(name: .customLong("note-taker"), help: "The note-taker's handle.")
    var noteTaker: String?

    @Option(help: "An attendee's handle (repeat for several); the meeting's attendance and rounds start from them.")
    var attendee: [String] = []

    @Option(help: "An agenda item as \"Title=minutes\" (repeat; prefix \"round:\" for a round).")
    var agenda: [String] = []

    @Option(name: .customLong("repeat"), help: "Repeat daily, weekly, fortnightly, monthly or yearly.")
    var recurrence: Recurrence.Frequency?

    @Flag(name: .customLong("fixed-facilitator"),
          help: "With --repeat and --facilitator: the facilitator (the role holder) leads every meeting; only the note-taker rotates.")
    var fixedFacilitator = false

    @Option(help: ArgumentHelp("A link as KIND=URL: recording, slides, demo, document or other (repeat for several).", valueName: "kind=url"))
    var link: [String] = []

    @Option(parsing: .unconditional, help: "Key takeaways (short Markdown), usually written after the session.")
    var takeaways: String?

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the people it names, and the sessions it adds to.
    static let kinds: Set<RecordKind> = [.person, .session]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        guard let sessionFormat = SessionFormat(text: format) else {
            throw CLIFailure("--format \"\(format)\" is not a format; use one of: " + SessionFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let start: Date
        do {
            let parsed = try DateInput.parse(at, now: clock.now, calendar: clock.calendar)
            guard parsed.hasTime else {
                throw CLIFailure("--at \"\(at)\" needs a time of day, e.g. \"\(at) 15:00\"")
            }
            start = parsed.date
        } catch let error as DateInputError {
            throw CLIFailure("--at \(error)")
        }
        if start < clock.now {
            Terminal.warn("the session starts in the past (\(ListCommand.format(start, clock)))")
        }
        if fixedFacilitator, recurrence == nil || facilitator == nil {
            throw CLIFailure("--fixed-facilitator is for a repeating session with a facilitator: add --repeat and --facilitator")
        }
        let items = try agenda.map(Self.agendaItem)
        let links = try link.map { try SessionLinkCommand.link(kind: $0, url: nil, title: nil) }
        let takeawaysText = takeaways?.trimmingCharacters(in: .whitespacesAndNewlines)
        let session = Session(
            title: title.trimmingCharacters(in: .whitespaces), format: sessionFormat, desiredOutcome: outcome, start: start,
            durationMinutes: minutes, location: location, facilitator: try facilitator.map { try loaded.person(handle: $0).id },
            presenters: try presenter.map { try loaded.person(handle: $0).id },
            noteTaker: try noteTaker.map { try loaded.person(handle: $0).id }, attendees: try attendees(in: loaded), agenda: items,
            recurrence: recurrence.map { Recurrence(frequency: $0) }, timeZone: Session.zoneIdentifier(of: clock.calendar),
            fixedFacilitator: fixedFacilitator ? true : nil, links: links.isEmpty ? nil : links,
            takeaways: takeawaysText?.isEmpty == false ? takeawaysText : nil, updatedAt: clock.now)
        try Validate.record(session)
        if session.agendaMinutes > session.durationMinutes {
            Terminal.warn("the agenda needs \(session.agendaMinutes) minutes but the session lasts \(session.durationMinutes)")
        }
        try loaded.save(session, base: nil)
        Terminal.print("Planned \(sessionFormat.name) \"\(session.title)\" on \(ListCommand.format(start, clock)) (id \(session.id.uuidString.lowercased())).")
    }

    /// The people named by `--attendee`, each once, in the order given; an unknown handle fails in one line.
    private func attendees(in loaded: LoadedStore) throws -> [UUID] {
        var people: [UUID] = []
        for handle in attendee {
            let id: UUID
            do { id = try loaded.person(handle: handle).id } catch let failure as CLIFailure { throw CLIFailure("--attendee: " + failure.description) }
            if !people.contains(id) { people.append(id) }
        }
        return people
    }

    /// Parses "Title=minutes" or "round:Title=minutes".
    static func agendaItem(_ text: String) throws -> AgendaItem {
        guard let equals = text.lastIndex(of: "="), let minutes = Int(text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)) else {
            throw CLIFailure("--agenda \"\(text)\" should look like \"Title=minutes\", e.g. \"Q&A=15\"")
        }
        var title = text[..<equals].trimmingCharacters(in: .whitespaces)
        let isRound = title.lowercased().hasPrefix("round:")
        if isRound { title = String(title.dropFirst(6)).trimmingCharacters(in: .whitespaces) }
        return AgendaItem(title: title, minutes: minutes, isRound: isRound)
    }
}

extension Recurrence.Frequency: ExpressibleByArgument {}
