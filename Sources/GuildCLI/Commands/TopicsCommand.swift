import ArgumentParser
import Foundation
import GuildCore

/// `guild topics`: the backlog of session proposals.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "The topic backlog: proposals with votes, linked skills and suggested presenters; schedule one in one step.",
        discussion: """
        Examples:
          guild topics
          guild topics add "Postgres query plans" --skill PostgreSQL \\
            --presenter yuki --by zoe
          guild topics vote "query plans" --by aanya
          guild topics schedule "query plans" --at "fri 16:00"
        """,
        subcommands: [TopicsListCommand.self, TopicsAddCommand.self, TopicsVoteCommand.self, TopicsScheduleCommand.self],
        defaultSubcommand: TopicsListCommand.self
    )

    /// The one topic whose title matches `text` (all its words), or a one-line failure.
    static func topic(_ text: String, in data: GuildData) throws -> Topic {
        let matches = data.topics.values.filter { TextMatch.matches($0.title, query: text) }
        if let exact = matches.first(where: { TextMatch.fold($0.title) == TextMatch.fold(text) }) { return exact }
        guard matches.count == 1, let topic = matches.first else {
            let titles = (matches.isEmpty ? Array(data.topics.values) : matches).map(\.title).sorted().prefix(6)
            throw CLIFailure("\(matches.isEmpty ? "no topic matches" : "several topics match") \"\(text)\" (topics: \(titles.joined(separator: "; ")))")
        }
        return topic
    }
}

/// `guild topics list`: open proposals by votes.
struct TopicsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List proposals by votes (--all: scheduled, done and dropped too).",
        discussion: """
        --json prints an array, in the listed order, of {id, title, details, status, votes (a count), voters, \
        presenters (each [{personID, handle, name}]), proposedBy (the same, absent when unknown), skills \
        ([{skillID, name}]), sessionID, createdAt}.

        Examples:
          guild topics list --all
          guild topics --json | jq '.[0].title'
        """)

    @Flag(help: "Include scheduled, done and dropped topics.")
    var all = false

    @Flag(help: "Print the topics as JSON, for scripts.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    /// What the backlog reads: topics, their skills and voters, and ratings for the suggested presenters.
    static let kinds: Set<RecordKind> = [.topic, .person, .skill, .ratingSheet]

    func run() throws {
        let data = try LoadedStore.open(storeOptions, kinds: Self.kinds).data
        let topics = TopicBacklog.ordered(data, all: all)
        if json {
            return try Terminal.printJSON(topics.map { TopicJSON($0, in: data) })
        }
        guard !topics.isEmpty else {
            Terminal.print("No topics yet; propose one with `guild topics add \"…\"`.")
            return
        }
        var table = Columns("votes", "topic", "skills", "presenters", "status")
        for topic in topics {
            table.add("\(topic.votes.count)", topic.title, topic.skillIDs.compactMap { data.skills[$0]?.name }.joined(separator: ", "),
                      topic.suggestedPresenters.map { "@" + (data.people[$0]?.handle ?? "?") }.joined(separator: " "), topic.status.rawValue)
        }
        table.lines().forEach(Terminal.print)
    }

    /// One topic as JSON.
    struct TopicJSON: Codable, Equatable {
        var id: UUID
        var title: String
        var details: String
        var status: String
        var votes: Int
        var voters: [PersonRef]
        var presenters: [PersonRef]
        var proposedBy: PersonRef?
        var skills: [SkillRef]
        var sessionID: UUID?
        var createdAt: Date

        init(_ topic: Topic, in data: GuildData) {
            id = topic.id
            title = topic.title
            details = topic.details
            status = topic.status.rawValue
            votes = topic.votes.count
            voters = topic.votes.map { PersonRef($0, in: data) }
            presenters = topic.suggestedPresenters.map { PersonRef($0, in: data) }
            proposedBy = topic.proposedBy.map { PersonRef($0, in: data) }
            skills = topic.skillIDs.map { SkillRef($0, in: data) }
            sessionID = topic.sessionID
            createdAt = topic.createdAt
        }
    }
}
