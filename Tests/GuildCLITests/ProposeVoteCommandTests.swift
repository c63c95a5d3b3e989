import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
import XCTest

/// `guild propose` and `guild vote` as a user runs them on the sample team (clock pinned to Sunday 22 November 2026):
/// proposals for the next weekly meeting, dots from two people, the limit, taking back, and bad input.
final class ProposeVoteCommandTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!
    private var gitConfig: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try guild.demoStore(self)
        // The sample's own proposals and votes go: these tests count files from an empty start.
        for folder in ["proposals", "dots"] { try FileManager.default.removeItem(at: store.appendingPathComponent(folder)) }
        gitConfig = store.deletingLastPathComponent().appendingPathComponent("gitconfig")
        try Data().write(to: gitConfig)
    }

    private func run(_ arguments: String...) throws -> GuildBinary.Outcome {
        try run(arguments)
    }

    private func run(_ arguments: [String]) throws -> GuildBinary.Outcome {
        try guild.run(arguments + ["--store", store.path],
                      environment: ["GIT_CONFIG_GLOBAL": gitConfig.path, "GIT_CONFIG_NOSYSTEM": "1", "HOME": store.deletingLastPathComponent().path])
    }

    private func files(_ folder: String) -> [String] {
        let root = store.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.sorted()
    }

    func testHelpHasExamples() throws {
        for (command, example) in [("propose", "guild propose \"Flaky tests"), ("vote", "guild vote \"flaky tests\"")] {
            let help = try guild.run([command, "--help"])
            XCTAssertEqual(help.status, 0)
            XCTAssertTrue(help.stdout.contains(example), help.stdout)
            XCTAssertTrue(help.stdout.contains("--for"), help.stdout)
        }
    }

    func testProposeAndVoteFromTwoPeopleOrderTheNextWeeklyMeeting() throws {
        let first = try run("propose", "Flaky tests in CI", "--by", "zoe")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("for “Weekly tech meeting” on "), first.stdout)
        XCTAssertEqual(try run("propose", "Postgres 17 upgrade", "--minutes", "15", "--for", "weekly tech", "--by", "aanya").status, 0)
        XCTAssertEqual(files("proposals").count, 2, "one file per proposal")
        XCTAssertEqual(try run("vote", "postgres", "--by", "zoe").status, 0)
        let second = try run("vote", "postgres", "--by", "aanya")
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("@aanya voted for “Postgres 17 upgrade”: 2 votes; 2 of 3 dots left"), second.stdout)
        XCTAssertEqual(try run("vote", "flaky", "--by", "aanya").status, 0)
        XCTAssertEqual(files("dots").count, 3, "one file per voter and proposal")
        let list = try run("vote", "--by", "aanya")
        XCTAssertEqual(list.status, 0, list.stderr)
        let lines = list.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, list.stdout)
        XCTAssertTrue(lines[1].contains("2 votes ● Postgres 17 upgrade (15 min, @aanya)"), list.stdout)
        XCTAssertTrue(lines[2].contains("1 vote  ● Flaky tests in CI (10 min, @zoe)"), list.stdout)
        XCTAssertTrue(lines[3].contains("@aanya has 1 of 3 dots left"), list.stdout)
        // Voting again takes the dot back: the file goes, the count drops.
        let back = try run("vote", "postgres", "--by", "zoe")
        XCTAssertTrue(back.stdout.contains("@zoe's vote for “Postgres 17 upgrade” was taken back: 1 vote; 3 of 3 dots left"), back.stdout)
        XCTAssertEqual(files("dots").count, 2)
    }

    func testTheDotLimitRefusesAFourthVoteNamingWhereTheDotsWent() throws {
        for title in ["One", "Two", "Three", "Four"] { XCTAssertEqual(try run("propose", title).status, 0) }
        for title in ["One", "Two", "Three"] { XCTAssertEqual(try run("vote", title, "--by", "zoe").status, 0) }
        let fourth = try run("vote", "Four", "--by", "zoe")
        XCTAssertEqual(fourth.status, 1)
        XCTAssertEqual(fourth.stderr.split(separator: "\n").count, 1, fourth.stderr)
        XCTAssertTrue(fourth.stderr.contains("@zoe has used all 3 dots") && fourth.stderr.contains("“One”"), fourth.stderr)
        XCTAssertEqual(files("dots").count, 3, "nothing written")
        // The store's setting gives more dots.
        let manifest = store.appendingPathComponent("guild.json")
        var json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as? [String: Any])
        json["dotsPerPerson"] = 4
        try JSONSerialization.data(withJSONObject: json).write(to: manifest)
        XCTAssertEqual(try run("vote", "Four", "--by", "zoe").status, 0)
    }

    func testWithoutAnIdentityVotingSaysHowToSetOne() throws {
        XCTAssertEqual(try run("propose", "Anything").status, 0, "proposing works without an identity")
        let vote = try run("vote", "Anything")
        XCTAssertEqual(vote.status, 1)
        XCTAssertEqual(vote.stderr.split(separator: "\n").count, 1, vote.stderr)
        XCTAssertTrue(vote.stderr.contains("guild config me HANDLE"), vote.stderr)
        XCTAssertEqual(files("dots").count, 0)
        XCTAssertEqual(try run("config", "me", "yuki").status, 0)
        let mine = try run("vote", "Anything")
        XCTAssertEqual(mine.status, 0, mine.stderr)
        XCTAssertTrue(mine.stdout.contains("@yuki voted"), mine.stdout)
    }

    func testBadInputIsOneClearLineAndWritesNothing() throws {
        XCTAssertEqual(try run("propose", "Real one").status, 0)
        let cases: [([String], String, Int32)] = [
            (["propose", ""], "a proposal needs a text", 1),
            (["propose", "  \n"], "a proposal needs a text", 1),
            (["propose", "x", "--minutes=-5"], "--minutes takes a whole number of minutes from 1 to 600, not -5", 1),
            (["propose", "x", "--minutes", "0"], "from 1 to 600, not 0", 1),
            (["propose", "x", "--minutes", "601"], "from 1 to 600, not 601", 1),
            (["propose", "x", "--minutes", "1.5"], "propose --help", 64),
            (["propose", "x", "--for", "no such meeting"], "no session matches \"no such meeting\"", 1),
            (["propose", "x", "--for", "threat modelling"], "no meeting still to hold", 1),
            (["propose", "x", "--by", "nobody"], "no person with handle \"nobody\"", 1),
            (["vote", "nothing like it", "--by", "zoe"], "no proposal for “Weekly tech meeting”", 1),
            (["vote", "Real one", "--for", "no such meeting", "--by", "zoe"], "no session matches", 1),
            (["vote", "", "--by", "zoe"], "say which proposal", 1),
        ]
        for (arguments, message, status) in cases {
            let outcome = try guild.run(arguments + ["--store", store.path])
            XCTAssertEqual(outcome.status, status, "\(arguments): \(outcome.stderr)")
            XCTAssertEqual(outcome.stderr.split(separator: "\n").count, 1, "\(arguments): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains(message), "\(arguments): \(outcome.stderr)")
        }
        XCTAssertEqual(files("proposals").count, 1, "nothing but the real one was written")
        XCTAssertEqual(files("dots").count, 0)
    }

    func testHostileTextIsShownAsSymbols() throws {
        XCTAssertEqual(try run("propose", "Evil \u{1B}[2J title").status, 0)
        let list = try run("vote")
        XCTAssertFalse(list.stdout.contains("\u{1B}"), list.stdout)
        XCTAssertTrue(list.stdout.contains("Evil ␛[2J title"), list.stdout)
    }


    func testContinueVotesFromTwoPeopleAreCountedOncePerPersonAndChangeable() throws {
        let none = try run("vote", "--continue", "up", "--by", "zoe")
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("no meeting is live"), none.stderr)
        let (held, item) = try LiveWeeklyMeeting.start(in: store, onItem: 3)
        let before = files("continues").count
        let zoe = try run("vote", "--continue", "up", "--by", "zoe")
        XCTAssertEqual(zoe.status, 0, zoe.stderr)
        XCTAssertTrue(zoe.stdout.contains("@zoe: 👍 continue on “\(item.title)” (the room so far: 👍 1 👎 0)"), zoe.stdout)
        XCTAssertTrue(try run("vote", "--continue", "down", "--by", "aanya").stdout.contains("(the room so far: 👍 1 👎 1)"))
        XCTAssertTrue(try run("vote", "--continue", "up", "--by", "zoe").stdout.contains("(the room so far: 👍 1 👎 1)"), "the same answer again counts once")
        XCTAssertTrue(try run("vote", "--continue", "down", "--by", "zoe").stdout.contains("(the room so far: 👍 0 👎 2)"), "a changed answer replaces it")
        XCTAssertEqual(files("continues").count, before + 2, "one file per person")
        let data = try GuildStore.open(at: store).loadAll().data
        XCTAssertEqual(data.continueTally(sessionID: held.id, itemID: item.id, timeboxSeconds: item.minutes * 60), ContinueVote.Tally(up: 0, down: 2))
        // Bad input: one line, nothing written.
        for (arguments, message) in [
            (["vote", "--continue", "maybe", "--by", "zoe"], "--continue takes up (keep talking) or down (next item), not \"maybe\""),
            (["vote", "flaky", "--continue", "up", "--by", "zoe"], "give it without a proposal or --for"),
            (["vote", "--continue", "up"], "guild config me HANDLE"),
            (["vote", "--session", "weekly", "--by", "zoe"], "--session goes with --continue"),
        ] {
            let outcome = try run(arguments)
            XCTAssertEqual(outcome.status, 1, "\(arguments)")
            XCTAssertEqual(outcome.stderr.split(separator: "\n").count, 1, "\(arguments): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains(message), "\(arguments): \(outcome.stderr)")
        }
        XCTAssertEqual(files("continues").count, before + 2)
    }
}
