import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
import XCTest

/// `--json` on who, gaps, staff, topics, solutions, learnings and pairs, parsed back with the documented field names;
/// plain tables keep whole values when stdout is not a terminal.
final class AnswerJSONTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try guild.demoStore(self)
    }

    private func run(_ arguments: String...) throws -> GuildBinary.Outcome {
        try guild.run(arguments + ["--store", store.path])
    }

    private func decode<T: Decodable>(_ type: T.Type, _ outcome: GuildBinary.Outcome, file: StaticString = #filePath, line: UInt = #line) throws -> T {
        XCTAssertEqual(outcome.status, 0, outcome.stderr, file: file, line: line)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(T.self, from: Data(outcome.stdout.utf8))
    }

    struct Person: Decodable, Equatable { var personID: UUID; var handle: String; var name: String }
    struct SkillRef: Decodable, Equatable { var skillID: UUID; var name: String }

    struct WhoHit: Decodable {
        struct Reason: Decodable { var kind: String; var id: UUID; var text: String; var level: Int?; var happyToTeach: Bool? }
        var rank: Int, personID: UUID, handle: String, name: String, team: String, away: Bool, score: Double
        var bestLevel: Int?, talksGiven: Int, talksPlanned: Int, solutionsOwned: Int, summary: String, reasons: [Reason]
    }

    func testWhoJSONMatchesThePlainRankingAndTheDashboardsFunction() throws {
        for question in ["postgres", "flaky tests", "kubernetes upgrades"] {
            let hits = try decode([WhoHit].self, try run("who", question, "--json", "--limit", "20"))
            XCTAssertFalse(hits.isEmpty, question)
            XCTAssertEqual(hits.map(\.rank), Array(1...hits.count))
            let plain = try run("who", question, "--limit", "20").stdout.split(separator: "\n").filter { $0.first?.isNumber ?? false }
            XCTAssertEqual(plain.count, hits.count)
            for (line, hit) in zip(plain, hits) { XCTAssertTrue(line.contains("(@\(hit.handle),"), "\(line) vs @\(hit.handle)") }
            // The dashboard ranks with the same function over the data it loads at open (notes lazy).
            let data = try GuildStore.open(at: store).loadAll(includeNotes: false).data
            XCTAssertEqual(WhoToAsk.rank(question, in: data, limit: 20).map(\.personID), hits.map(\.personID), question)
            for hit in hits where hit.talksGiven > 0 {
                XCTAssertTrue(hit.reasons.contains { $0.kind == "talk" }, "talks given are held sessions")
            }
            for hit in hits {
                for reason in hit.reasons where reason.kind == "talk" {
                    XCTAssertEqual(data.sessions[reason.id]?.status, .done, "only held sessions count as talks given")
                }
            }
        }
    }

    struct Gap: Decodable {
        struct Reason: Decodable { var kind: String; var text: String; var holders: Int?; var wanting: Int?; var teaching: Int? }
        var skillID: UUID, skill: String, category: String, critical: Bool, reasons: [Reason]
        var holders: [Person], learners: [Person], presenters: [Person], suggestedTopic: String, topicID: UUID?
    }

    struct Candidate: Decodable {
        var rank: Int, personID: UUID, handle: String, name: String, team: String, away: Bool, coverage: Double, percent: Int
        var covered: [SkillRef], growth: [SkillRef]
    }

    struct TopicRow: Decodable {
        var id: UUID, title: String, details: String, status: String, votes: Int, voters: [Person], presenters: [Person]
        var proposedBy: Person?, skills: [SkillRef], sessionID: UUID?, createdAt: Date
    }

    struct SolutionRow: Decodable {
        var id: UUID, need: String, solution: String, approximateTime: String, risks: String, experts: [Person], skills: [SkillRef]
        var updatedAt: Date
    }

    struct LearningRow: Decodable {
        var source: String, id: UUID, kind: String, text: String, context: String?, createdAt: Date
        var authorID: UUID?, authorHandle: String?, kudos: [Person]?, sessionID: UUID?, sessionTitle: String?
    }

    struct Round: Decodable {
        struct Group: Decodable { var id: UUID; var members: [Person]; var skill: SkillRef?; var teacher: Person?; var learner: Person? }
        struct Feedback: Decodable { var id: UUID; var groupID: UUID; var author: Person?; var text: String; var shared: Bool; var createdAt: Date }
        struct Skipped: Decodable { var person: Person; var reason: String }
        var roundID: UUID, drawnAt: Date, seed: UInt64, recorded: Bool, groups: [Group], feedback: [Feedback], skipped: [Skipped]?
    }

    func testEveryAnswerCommandPrintsParseableJSONWithHandlesAndIDs() throws {
        let data = try GuildStore.open(at: store).loadAll(includeNotes: true).data

        let gaps = try decode([Gap].self, try run("gaps", "--json"))
        XCTAssertEqual(gaps.map(\.skillID), SkillGaps.report(data).map(\.skillID))
        XCTAssertTrue(gaps.contains { $0.skill == "PostgreSQL" && $0.critical })
        for gap in gaps { for person in gap.holders + gap.presenters { XCTAssertEqual(data.people[person.personID]?.handle, person.handle) } }

        let staff = try decode([Candidate].self, try run("staff", "Kubernetes, Go", "--json"))
        XCTAssertEqual(staff.map(\.personID), Staffing.suggest(skills: Staffing.skills(named: "Kubernetes, Go", in: data).skills, in: data)
            .prefix(10).map(\.personID))
        XCTAssertEqual(staff.first?.handle, staff.first.flatMap { data.people[$0.personID]?.handle })

        let topics = try decode([TopicRow].self, try run("topics", "--json"))
        XCTAssertEqual(topics.map(\.id), TopicBacklog.ordered(data, all: false).map(\.id))
        XCTAssertTrue(topics.allSatisfy { $0.votes == $0.voters.count })

        let solutions = try decode([SolutionRow].self, try run("solutions", "--json"))
        XCTAssertEqual(solutions.count, data.solutions.count)
        XCTAssertTrue(solutions.flatMap(\.experts).allSatisfy { data.people[$0.personID]?.handle == $0.handle })

        let learnings = try decode([LearningRow].self, try run("learnings", "find", "flaky tests", "--json"))
        XCTAssertFalse(learnings.isEmpty)
        XCTAssertTrue(learnings.allSatisfy { $0.source == "learning" || $0.source == "note" })
        let flaky = learnings.prefix { $0.text.lowercased().contains("flaky") && $0.text.lowercased().contains("test") }
        XCTAssertFalse(flaky.isEmpty, "hits with both words come first")

        let proposed = try decode(Round.self, try run("pairs", "--dry-run", "--seed", "7", "--json"))
        XCTAssertFalse(proposed.recorded)
        XCTAssertEqual(proposed.seed, 7)
        XCTAssertFalse(proposed.groups.isEmpty)
        XCTAssertTrue(proposed.groups.flatMap(\.members).allSatisfy { data.people[$0.personID]?.handle == $0.handle })
        let history = try decode([Round].self, try run("pairs", "history", "--json"))
        XCTAssertEqual(history.count, min(5, data.pairingRounds.count))
    }

    func testTablesAreNotCutWhenStdoutIsNotATerminal() throws {
        let long = "A topic title that is much longer than forty columns, kept whole for scripts"
        XCTAssertEqual(try run("topics", "add", long).status, 0)
        let list = try run("topics")
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains(long), list.stdout)
        XCTAssertFalse(list.stdout.contains("…"), list.stdout)
    }

    struct Partner: Decodable {
        var person: Person, teachesYou: [SkillRef], learnsFromYou: [SkillRef], crossTeam: Bool, team: String
        var timesPaired: Int, lastPaired: Date?, recent: Bool
    }

    func testPairsForOnePersonSuggestsPartnersWithReasonsAndRecordsNothing() throws {
        let data = try GuildStore.open(at: store).loadAll(includeNotes: false).data
        let roundsBefore = data.pairingRounds.count
        let partners = try decode([Partner].self, try run("pairs", "--for", "aanya", "--limit", "4", "--json"))
        XCTAssertEqual(partners.count, 4)
        let aanya = try XCTUnwrap(data.person(handle: "aanya"))
        let expected = PartnerSuggestion.suggest(for: aanya.id, in: data, rounds: Array(data.pairingRounds.values), limit: 4)
        XCTAssertEqual(partners.map(\.person.personID), expected.map(\.partner), "the CLI answers what GuildCore computes")
        XCTAssertTrue(partners.allSatisfy { $0.person.handle != "aanya" && data.people[$0.person.personID]?.handle == $0.person.handle })
        XCTAssertTrue(partners.contains { !$0.teachesYou.isEmpty || !$0.learnsFromYou.isEmpty }, "the sample has teaching matches for aanya")

        let plain = try run("pairs", "--for", "@Aanya", "--limit", "4")
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stdout.hasPrefix("Partners for Aanya Kapoor (@aanya), best first:"), plain.stdout)
        let first = try XCTUnwrap(data.people[expected[0].partner])
        XCTAssertTrue(plain.stdout.contains("1. \(first.name) (@\(first.handle)) — "), plain.stdout)
        XCTAssertTrue(plain.stdout.contains("teaches you") || plain.stdout.contains("from you"), plain.stdout)
        XCTAssertEqual(try GuildStore.open(at: store).loadAll(includeNotes: false).data.pairingRounds.count, roundsBefore, "--for records no round")

        let refused = try run("pairs", "--for", "aanya", "--dry-run")
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("--for draws nothing"), refused.stderr)
        let unknown = try run("pairs", "--for", "nobody-here")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("no person with handle \"nobody-here\""), unknown.stderr)
    }
}
