import ArgumentParser
import Foundation
import GuildCore

/// `guild who`: who to ask about a question, ranked and explained.
struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "Who to ask about something: people ranked by skills, talks given, solutions known, topics, notes and learnings.",
        discussion: """
        Each hit says why: the matching skill level, the talks given, the solutions owned.

        Examples:
          guild who "kubernetes upgrades"
          guild who "flaky tests" --limit 3
        """
    )

    @Argument(help: "The question, in a few words.")
    var question: String

    @Option(help: "Show at most this many people.")
    var limit = 8

    @Flag(help: "Every reason, not only the strongest three.")
    var all = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try OptionRange.check(limit, 1...1000, option: "--limit", unit: "people")
    }

    func run() throws {
        let loaded = try LoadedStore.open(storeOptions, includeNotes: true)
        guard !QueryWords(question).isEmpty else { throw CLIFailure("\"\(question)\" has no words to search for; ask about a topic, e.g. \"kubernetes upgrades\"") }
        let hits = WhoToAsk.rank(question, in: loaded.data, limit: max(1, limit))
        guard !hits.isEmpty else {
            Terminal.print("Nobody matches \"\(question)\" yet. Try `guild gaps`, or propose it as a topic.")
            return
        }
        for (index, hit) in hits.enumerated() {
            let person = loaded.data.people[hit.personID]!
            Terminal.print("\(index + 1). \(person.name) (@\(person.handle), \(person.team.isEmpty ? "no team" : person.team)) — \(hit.summary)")
            for reason in all ? hit.reasons : Array(hit.reasons.prefix(3)) {
                Terminal.print("     · " + reason.text(in: loaded.data))
            }
        }
    }
}
