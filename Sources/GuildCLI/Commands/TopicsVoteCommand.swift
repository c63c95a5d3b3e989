import ArgumentParser
import Foundation
import GuildCore

/// `guild topics vote`: adds (or takes back) a vote.
struct TopicsVoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote", abstract: "Vote for a topic, or take the vote back when already given.",
        discussion: """
        Without --by, the vote is yours: the person set with `guild config me` (or whose e-mail is your git \
        user.email).

        Example:
          guild topics vote "query plans"
          guild topics vote "query plans" --by aanya
        """)

    @Argument(help: "Words of the topic's title.")
    var topic: String

    @Option(help: "Who votes (a handle); default: you (`guild config me`).")
    var by: String?

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the backlog and who votes.
    static let kinds: Set<RecordKind> = [.topic, .person]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let person = try MachineIdentity.requiredPerson(by, option: "--by", in: loaded)
        let base = try TopicsCommand.topic(self.topic, in: loaded.data)
        let topic = TopicBacklog.toggleVote(base, by: person.id, now: clock.now)
        try loaded.save(topic, base: base)
        Terminal.print("“\(topic.title)” has \(topic.votes.count) vote\(topic.votes.count == 1 ? "" : "s")"
            + (topic.votes.contains(person.id) ? ", including @\(person.handle)'s." : "; @\(person.handle)'s was taken back."))
    }
}
