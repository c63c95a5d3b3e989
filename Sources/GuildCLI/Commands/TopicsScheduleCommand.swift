import ArgumentParser
import Foundation
import GuildCore

/// `guild topics schedule`: turns a topic into a planned session in one step.
struct TopicsScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Schedule a topic as a session: its presenters present, its voters are invited.",
        discussion: """
        Example:
          guild topics schedule "query plans" --at "fri 16:00" \\
            --format workshop --minutes 60
        """)

    @Argument(help: "Words of the topic's title.")
    var topic: String

    @Option(help: "When (\"fri 16:00\", \"2026-12-04 14:00\").")
    var at: String

    @Option(help: "The session format (tech-talk, workshop, brown-bag, …).")
    var format = "tech-talk"

    @Option(help: "Length in minutes.")
    var minutes = 45

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the backlog and its voters, and the sessions it adds to.
    static let kinds: Set<RecordKind> = [.topic, .person, .session]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let topic = try TopicsCommand.topic(self.topic, in: loaded.data)
        guard topic.status == .proposed else { throw CLIFailure("“\(topic.title)” is already \(topic.status.rawValue)") }
        guard let sessionFormat = SessionFormat(text: format) else {
            throw CLIFailure("--format \"\(format)\" is not a format; use one of: " + SessionFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let start: Date
        do {
            let parsed = try DateInput.parse(at, now: clock.now, calendar: clock.calendar)
            guard parsed.hasTime else { throw CLIFailure("--at \"\(at)\" needs a time of day, e.g. \"\(at) 16:00\"") }
            start = parsed.date
        } catch let error as DateInputError {
            throw CLIFailure("--at \(error)")
        }
        let (session, scheduled) = TopicBacklog.schedule(topic, in: loaded.data, start: start, format: sessionFormat,
                                                         minutes: minutes, now: clock.now)
        do { try session.validate() } catch { throw CLIFailure("\(error)") }
        try loaded.save(session, base: nil)
        try loaded.save(scheduled, base: topic)
        let presenters = session.presenters.map { "@" + (loaded.data.people[$0]?.handle ?? "?") }.joined(separator: ", ")
        Terminal.print("Scheduled “\(session.title)” on \(ListCommand.format(start, clock))"
            + (presenters.isEmpty ? "" : ", presented by \(presenters)") + "; \(session.attendees.count) voters invited.")
    }
}
