import ArgumentParser
import Foundation
import GuildCore

/// `guild who`: who to ask about a question, ranked and explained.
struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "Who to ask about something: people ranked by skills, talks given, solutions known, planned talks, topics and learnings.",
        discussion: """
        Rated level and teaching interest weigh most; held talks and known solutions next; planned talks ("will give"), \
        suggested topics and learnings only a little. The dashboard's who-to-ask gives the same ranking.

        --json prints an array, best first, of {rank, personID, handle, name, team, away, score, bestLevel (0-4, absent \
        when no skill matched), talksGiven, talksPlanned, solutionsOwned, summary, reasons: [{kind \
        (skill|talk|plannedTalk|solution|topic|learning), id, text, level and happyToTeach for skills}]}.

        Examples:
          guild who "kubernetes upgrades"
          guild who "flaky tests" --limit 3
          guild who postgres --json | jq '.[0].handle'
        """
    )

    @Argument(help: "The question, in a few words.")
    var question: String

    @Option(help: "Show at most this many people.")
    var limit = 8

    @Flag(help: "Every reason, not only the strongest three.")
    var all = false

    @Flag(help: "Print the ranking as JSON, for scripts.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try OptionRange.check(limit, 1...1000, option: "--limit", unit: "people")
    }

    /// What the ranking and its reasons read: people, their ratings, talks, solutions, topics and learnings.
    static let kinds: Set<RecordKind> = [.person, .skill, .ratingSheet, .session, .solution, .topic, .learning]

    func run() throws {
        let loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        guard !QueryWords(question).isEmpty else { throw CLIFailure("\"\(question)\" has no words to search for; ask about a topic, e.g. \"kubernetes upgrades\"") }
        let hits = WhoToAsk.rank(question, in: loaded.data, limit: max(1, limit))
        if json {
            let rows = hits.enumerated().map { HitJSON(hit: $0.element, rank: $0.offset + 1, in: loaded.data) }
            return try Terminal.printJSON(rows)
        }
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

    /// One ranked person as JSON.
    struct HitJSON: Codable, Equatable {
        var rank: Int
        var personID: UUID
        var handle: String
        var name: String
        var team: String
        var away: Bool
        var score: Double
        var bestLevel: Int?
        var talksGiven: Int
        var talksPlanned: Int
        var solutionsOwned: Int
        var summary: String
        var reasons: [ReasonJSON]

        init(hit: WhoToAskHit, rank: Int, in data: GuildData) {
            let person = data.people[hit.personID]
            self.rank = rank
            personID = hit.personID
            handle = person?.handle ?? ""
            name = person?.name ?? ""
            team = person?.team ?? ""
            away = hit.away
            score = (hit.score * 100).rounded() / 100
            bestLevel = hit.bestLevel?.rawValue
            talksGiven = hit.talksGiven
            talksPlanned = hit.talksPlanned
            solutionsOwned = hit.solutionsOwned
            summary = hit.summary
            reasons = hit.reasons.map { ReasonJSON($0, in: data) }
        }
    }

    /// One piece of evidence as JSON: its kind, the record it points at, and the line shown to people.
    struct ReasonJSON: Codable, Equatable {
        var kind: String
        var id: UUID
        var text: String
        var level: Int?
        var happyToTeach: Bool?

        init(_ reason: WhoToAskReason, in data: GuildData) {
            text = reason.text(in: data)
            switch reason {
            case let .skill(skillID, skillLevel, teaches):
                (kind, id, level, happyToTeach) = ("skill", skillID, skillLevel.rawValue, teaches)
            case .talk(let sessionID): (kind, id) = ("talk", sessionID)
            case .plannedTalk(let sessionID): (kind, id) = ("plannedTalk", sessionID)
            case .solution(let solutionID): (kind, id) = ("solution", solutionID)
            case .topic(let topicID): (kind, id) = ("topic", topicID)
            case .learning(let learningID): (kind, id) = ("learning", learningID)
            }
        }
    }
}
