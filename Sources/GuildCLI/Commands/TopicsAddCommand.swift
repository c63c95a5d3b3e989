import ArgumentParser
import Foundation
import GuildCore

/// `guild topics add`: proposes a topic.
struct TopicsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Propose a topic for a future session.",
        discussion: """
        Example:
          guild topics add "Postgres query plans" --skill PostgreSQL \\
            --presenter yuki --by zoe
        """)

    @Argument(help: "The title.")
    var title: String

    @Option(help: "What it is about.")
    var details = ""

    @Option(help: "A skill it builds (repeatable).")
    var skill: [String] = []

    @Option(help: "A suggested presenter's handle (repeatable).")
    var presenter: [String] = []

    @Option(help: "Who proposes it (a handle; default: you, set with `guild config me`); their vote is counted.")
    var by: String?

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the backlog, and the presenters and skills it names.
    static let kinds: Set<RecordKind> = [.topic, .person, .skill]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let skills = try skill.map { try loaded.skill(named: $0).id }
        let presenters = try presenter.map { try loaded.person(handle: $0).id }
        let proposer = try MachineIdentity.person(by, in: loaded)?.id
        let topic = Topic(title: title, details: details, proposedBy: proposer, votes: proposer.map { [$0] } ?? [],
                          skillIDs: skills, suggestedPresenters: presenters, createdAt: clock.now)
        do { try topic.validate() } catch { throw CLIFailure("\(error)") }
        try loaded.save(topic, base: nil)
        Terminal.print("Proposed “\(topic.title)”.")
    }
}
