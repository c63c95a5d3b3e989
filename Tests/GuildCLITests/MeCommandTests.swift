import Foundation
import GuildTestSupport
import XCTest

/// `guild config me` and `guild me` as a user runs them, on the sample team (everyone's e-mail is handle@example.com).
final class MeCommandTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!
    private var gitConfig: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try guild.demoStore(self)
        // git's user config for these runs only: empty unless a test writes an e-mail into it.
        gitConfig = store.deletingLastPathComponent().appendingPathComponent("gitconfig")
        try Data().write(to: gitConfig)
    }

    private func run(_ arguments: String...) throws -> GuildBinary.Outcome {
        try guild.run(arguments + ["--store", store.path],
                      environment: ["GIT_CONFIG_GLOBAL": gitConfig.path, "GIT_CONFIG_NOSYSTEM": "1", "HOME": store.deletingLastPathComponent().path])
    }

    private func setGitEmail(_ email: String) throws {
        try Data("[user]\n\temail = \(email)\n".utf8).write(to: gitConfig)
    }

    func testHelpHasExamples() throws {
        for command in [["me"], ["config", "me"], ["config"]] {
            let help = try guild.run(command + ["--help"])
            XCTAssertEqual(help.status, 0, "\(command)")
            XCTAssertTrue(help.stdout.contains("guild config me zoe"), "\(command) shows an example:\n\(help.stdout)")
        }
        XCTAssertTrue(try guild.run(["me", "--help"]).stdout.contains("--store"))
    }

    func testWithoutIdentityItSaysHowToSetItInOneLine() throws {
        let me = try run("me")
        XCTAssertEqual(me.status, 1)
        XCTAssertEqual(me.stdout, "")
        XCTAssertEqual(me.stderr.split(separator: "\n").count, 1, me.stderr)
        XCTAssertTrue(me.stderr.contains("guild config me HANDLE"), me.stderr)
        let show = try run("config", "me")
        XCTAssertEqual(show.status, 1)
        XCTAssertTrue(show.stderr.contains("guild config me HANDLE"), show.stderr)
        // Everything else works as before.
        XCTAssertEqual(try run("list", "actions").status, 0)
    }

    func testIdentityFromGitEmailIgnoringCase() throws {
        try setGitEmail("AANYA@Example.com")
        let show = try run("config", "me")
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("(@aanya), from your git e-mail"), show.stdout)
        let me = try run("me")
        XCTAssertEqual(me.status, 0, me.stderr)
        XCTAssertTrue(me.stdout.contains("(@aanya) — from your git e-mail"), me.stdout)
        try setGitEmail("stranger@example.com")
        let none = try run("me")
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("stranger@example.com") && none.stderr.contains("guild config me HANDLE"), none.stderr)
    }

    func testConfigMeSetsTheUserOfThisMachineAndWinsOverGit() throws {
        try setGitEmail("aanya@example.com")
        let set = try run("config", "me", "@Zoe")
        XCTAssertEqual(set.status, 0, set.stderr)
        XCTAssertTrue(set.stdout.contains("(@zoe)"), set.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: store.appendingPathComponent(".guild/me.json").path), "kept in the git-ignored folder")
        XCTAssertTrue(try run("config", "me").stdout.contains("(@zoe), set with `guild config me`"))
        let me = try run("me")
        XCTAssertEqual(me.status, 0, me.stderr)
        XCTAssertTrue(me.stdout.hasPrefix("Zoë Ångström (@zoe)"), me.stdout)
        for section in ["Action items: ", "Roles in the next 14 days", "Learning goals", "Pair this round", "Kudos in the last 30 days: "] {
            XCTAssertTrue(me.stdout.contains(section), "\(section) in\n\(me.stdout)")
        }
        let cleared = try run("config", "me", "--clear")
        XCTAssertEqual(cleared.status, 0, cleared.stderr)
        XCTAssertTrue(try run("config", "me").stdout.contains("(@aanya), from your git e-mail"), "back to the git e-mail")
    }

    func testUnknownHandleIsRefusedAndNothingIsKept() throws {
        let set = try run("config", "me", "nobody")
        XCTAssertEqual(set.status, 1)
        XCTAssertEqual(set.stderr.split(separator: "\n").count, 1, set.stderr)
        XCTAssertTrue(set.stderr.contains("no person with handle \"nobody\""), set.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.appendingPathComponent(".guild/me.json").path))
        let other = try run("me", "--as", "nobody")
        XCTAssertEqual(other.status, 1)
        XCTAssertTrue(other.stderr.contains("no person with handle"), other.stderr)
        XCTAssertNotEqual(try run("me", "--days", "0").status, 0, "out of range")
    }

    func testJSONHasEverySectionAndMatchesTheStore() throws {
        XCTAssertEqual(try run("config", "me", "zoe").status, 0)
        let out = try run("me", "--json")
        XCTAssertEqual(out.status, 0, out.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["person"] as? [String: Any])?["handle"] as? String, "zoe")
        XCTAssertEqual(json["source"] as? String, "config")
        XCTAssertEqual(json["today"] as? String, "2026-11-22")
        for key in ["actions", "roles", "learningGoals", "kudos"] { XCTAssertNotNil(json[key] as? [Any], key) }
        // Overdue first: once a non-overdue item shows, no overdue one follows.
        let overdue = (json["actions"] as? [[String: Any]] ?? []).map { $0["overdue"] as? Bool ?? false }
        XCTAssertEqual(overdue, overdue.sorted { $0 && !$1 }, "\(overdue)")
        // The same person's open items as `guild list actions --json` lists them.
        let list = try run("list", "actions", "--json")
        let all = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let zoeID = (json["person"] as? [String: Any])?["personID"] as? String
        let mine = all.filter { ($0["owner"] as? String) == zoeID && ($0["status"] as? String) == "open" }.compactMap { $0["id"] as? String }
        XCTAssertEqual(Set((json["actions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }), Set(mine))
    }

    func testHostileNamesAndTitlesAreEscaped() throws {
        let hostile = "\u{1B}]0;pwned\u{07}Eve\u{1B}[31m\u{202E}"
        XCTAssertEqual(try run("add", "person", hostile, "--handle", "eve", "--email", "eve@example.com").status, 0)
        XCTAssertEqual(try run("add", "action", "Fix \u{1B}[2J it", "--owner", "eve", "--due", "2026-11-01").status, 0)
        try setGitEmail("EVE@example.com")
        for arguments in [["me"], ["me", "--json"], ["config", "me"]] {
            let out = try guild.run(arguments + ["--store", store.path],
                                    environment: ["GIT_CONFIG_GLOBAL": gitConfig.path, "GIT_CONFIG_NOSYSTEM": "1"])
            XCTAssertEqual(out.status, 0, out.stderr)
            XCTAssertFalse(out.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, "\(arguments): \(out.stdout)")
            XCTAssertTrue(out.stdout.contains("Eve"), out.stdout)
        }
    }

    // Issue 20 point 2: what this machine writes defaults to its user; without an identity, as before.

    private func json(_ outcome: GuildBinary.Outcome) throws -> [[String: Any]] {
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]], outcome.stdout)
    }

    private func voterHandles(_ title: String) throws -> [String] {
        let topic = try XCTUnwrap(try json(run("topics", "list", "--json")).first { $0["title"] as? String == title }, "topic \(title)")
        return ((topic["voters"] as? [[String: Any]]) ?? []).compactMap { $0["handle"] as? String }.sorted()
    }

    func testVotesLearningsAndProposalsDefaultToTheUserOfThisMachine() throws {
        XCTAssertEqual(try run("config", "me", "zoe").status, 0)
        XCTAssertEqual(try run("topics", "add", "Defaults to me").status, 0)
        let proposed = try XCTUnwrap(try json(run("topics", "list", "--json")).first { $0["title"] as? String == "Defaults to me" })
        XCTAssertEqual((proposed["proposedBy"] as? [String: Any])?["handle"] as? String, "zoe", "the proposer is this machine's user")
        XCTAssertEqual(try voterHandles("Defaults to me"), ["zoe"], "and their vote is counted")

        let vote = try run("topics", "vote", "Defaults to me")
        XCTAssertEqual(vote.status, 0, vote.stderr)
        XCTAssertTrue(vote.stdout.contains("@zoe's was taken back"), "voting again takes zoe's own vote back: \(vote.stdout)")
        XCTAssertEqual(try run("topics", "vote", "Defaults to me", "--by", "aanya").status, 0, "--by still names someone else")
        XCTAssertEqual(try voterHandles("Defaults to me"), ["aanya"])

        XCTAssertEqual(try run("learnings", "add", "Written by whoever sits here", "--kind", "win").status, 0)
        let learned = try XCTUnwrap(try json(run("learnings", "find", "whoever sits here", "--json")).first)
        XCTAssertEqual(learned["authorHandle"] as? String, "zoe")
    }

    func testWithoutIdentityAVoteAsksWhoAndALearningStaysAuthorless() throws {
        let vote = try run("topics", "vote", "RFCs")
        XCTAssertEqual(vote.status, 1, vote.stdout)
        XCTAssertTrue(vote.stderr.contains("--by HANDLE") && vote.stderr.contains("guild config me HANDLE"), vote.stderr)
        XCTAssertEqual(try run("learnings", "add", "Nobody in particular wrote this").status, 0)
        let learned = try XCTUnwrap(try json(run("learnings", "find", "Nobody in particular", "--json")).first)
        XCTAssertNil(learned["authorHandle"], "no identity, no guessed author")
    }

    /// The dashboard looks its user up (git, here) only once its first frame is on screen, yet before any key: `Y`
    /// pressed at once opens that user's week, and `o` narrows the actions to theirs.
    func testTheDashboardKnowsItsUserFromTheFirstKey() throws {
        try setGitEmail("aanya@example.com")
        let tmux = try guild.openInTmux(["--store", store.path],
                                        environment: ["GIT_CONFIG_GLOBAL": gitConfig.path, "GIT_CONFIG_NOSYSTEM": "1"])
        try tmux.expect("Open action items")
        try tmux.send("Y")
        try tmux.expect("Your week · Aanya Kapoor (@aanya)")
        try tmux.send("Escape")
        XCTAssertTrue(try tmux.waitFor { !$0.contains("Your week ·") }.ok)
        try tmux.send("3")
        try tmux.send("o")
        try tmux.expect("Action items: only yours")
        try tmux.send("q")
        try tmux.expect("EXIT=0")
    }
}
