import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
import XCTest

/// Lean Coffee in real terminals (tmux): the facilitator's dashboard shows the next meeting's agenda proposals (P)
/// while two teammates propose and vote from their own shells, each known by their git e-mail; the order changes on
/// the dashboard as the votes arrive, and Enter accepts the proposal under the cursor into the agenda.
final class ProposalsEndToEndTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!
    private var folder: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        folder = try temporaryFolder(self, "guild-proposals-e2e")
        store = folder.appendingPathComponent("store")
        let demo = try guild.run(["demo", "--store", store.path])
        XCTAssertEqual(demo.status, 0, demo.stderr)
    }

    private var environment: [String: String] {
        ["GUILD_NOW": "2026-11-22T09:00:00Z", "TZ": "Europe/Berlin", "TERM": "xterm-256color", "GIT_CONFIG_NOSYSTEM": "1", "HOME": folder.path]
    }

    /// A shell of `handle`'s: git knows them by their e-mail (the sample's handle@example.com), so `guild` knows who votes.
    private func shell(of handle: String) throws -> TmuxSession {
        let gitConfig = folder.appendingPathComponent("gitconfig-\(handle)")
        try Data("[user]\n\temail = \(handle)@example.com\n".utf8).write(to: gitConfig)
        var settings = environment
        settings["GIT_CONFIG_GLOBAL"] = gitConfig.path
        settings["PS1"] = "\(handle)$ "
        let shell = try TmuxSession(command: "sh", width: 160, height: 20, environment: settings)
        try shell.expect("\(handle)$")
        return shell
    }

    /// Runs `guild arguments` in `shell` as its user types it, and waits for `output`.
    private func type(_ shell: TmuxSession, _ arguments: String, expecting output: String) throws {
        try shell.send("clear", "Enter")
        try shell.send("\(TmuxSession.quote(guild.url.path)) \(arguments) --store \(TmuxSession.quote(store.path))", literal: true)
        try shell.send("Enter")
        try shell.expect(output, timeout: 20)
    }

    /// The proposals' titles in the order the dashboard shows them.
    private func order(_ screen: String, of titles: [String]) -> [String] {
        titles.compactMap { title in screen.range(of: title).map { (title, $0.lowerBound) } }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    private func heldAgenda() throws -> [String] {
        let data = try GuildStore.open(at: store).loadAll().data
        let held = data.sessions.values.first { $0.seriesID != nil && $0.status == .planned }
        return held?.agenda.map(\.title) ?? []
    }

    func testTwoTerminalsProposeAndVoteWhileTheDashboardReordersLive() throws {
        let config = try temporaryFolder(self, "guild-config")
        var settings = environment
        settings["XDG_CONFIG_HOME"] = config.path
        let dashboard = try TmuxSession(command: "\(TmuxSession.quote(guild.url.path)) --store \(TmuxSession.quote(store.path))",
                                        environment: settings)
        try dashboard.expect("Upcoming sessions")
        try dashboard.send("P")
        try dashboard.expect("Agenda proposals")
        let titles = ["Flaky CI on the payments repo", "Postgres 17 upgrade plan", "Demo: the new on-call handbook", "Kotlin 2.1 migration"]
        XCTAssertEqual(order(try dashboard.screen(), of: titles), Array(titles.prefix(3)))

        let zoe = try shell(of: "zoe")
        let aanya = try shell(of: "aanya")
        try type(zoe, "propose 'Kotlin 2.1 migration' --minutes 20", expecting: "Proposed “Kotlin 2.1 migration” (20 min)")
        try dashboard.expect("Kotlin 2.1 migration", timeout: 20)
        XCTAssertEqual(order(try dashboard.screen(), of: titles), titles, "a new proposal comes last, with no votes")

        // Both vote for it from their own terminals; zoe's three dots run out.
        try type(zoe, "vote kotlin", expecting: "@zoe voted for “Kotlin 2.1 migration”: 1 vote; 1 of 3 dots left")
        try type(aanya, "vote kotlin", expecting: "@aanya voted for “Kotlin 2.1 migration”: 2 votes; 1 of 3 dots left")
        try type(zoe, "vote demo", expecting: "@zoe voted for “Demo: the new on-call handbook”: 2 votes; 0 of 3 dots left")
        try type(aanya, "vote kotlin", expecting: "@aanya's vote for “Kotlin 2.1 migration” was taken back: 1 vote")
        try type(aanya, "vote 'on-call'", expecting: "@aanya voted for “Demo: the new on-call handbook”: 3 votes")
        try type(zoe, "vote postgres", expecting: "@zoe has used all 3 dots")
        let live = try dashboard.waitFor(timeout: 20) { self.order($0, of: titles) == [titles[0], titles[2], titles[1], titles[3]] }
        XCTAssertTrue(live.ok, "the dashboard shows the new order without a key:\n\(live.screen)")
        XCTAssertTrue(live.screen.contains("  3 ●●●"), live.screen)

        // The facilitator accepts the second (the demo, 3 votes) with one key.
        try dashboard.send("j")
        try dashboard.send("Enter")
        let accepted = try dashboard.expect("✓ on the agenda", timeout: 20)
        XCTAssertTrue(accepted.contains("with “Demo: the new on-call handbook” (5 min) on its agenda"), accepted)
        XCTAssertEqual(try heldAgenda().last, "Demo: the new on-call handbook")
        try type(aanya, "vote", expecting: "Demo: the new on-call handbook (5 min, @priya) — on the agenda")
        try dashboard.send("q")
    }
}
