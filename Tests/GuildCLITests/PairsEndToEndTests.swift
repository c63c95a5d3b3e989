import Foundation
import GuildTestSupport
import XCTest

/// Pairing from the dashboard through a real terminal: open the pairs tab, swap two people, record the round, and
/// find it in the store as it was shown (`guild pairs history --json`), then in the pairing history after a reopen.
final class PairsEndToEndTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try guild.demoStore(self)
    }

    private struct Round: Decodable {
        struct Person: Decodable { var name: String }
        struct Group: Decodable { var members: [Person] }
        var roundID: UUID
        var groups: [Group]
    }

    private func rounds() throws -> [Round] {
        let outcome = try guild.run(["pairs", "history", "--json", "--rounds", "100", "--store", store.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode([Round].self, from: Data(outcome.stdout.utf8))
    }

    func testASwappedRoundRecordedFromThePairsTabIsInTheStoreAsShown() throws {
        let before = try rounds()
        let tmux = try guild.openInTmux(["--store", store.path], width: 120, height: 40)
        try tmux.expect("Upcoming sessions")
        try tmux.send("p")
        try tmux.expect("not recorded")
        try tmux.expect("Partners for ")

        // The first person of the first pair and the first of the second group trade places.
        try tmux.send("m")
        try tmux.expect("Marked ")
        try tmux.send("j", "j", "m")
        let swapped = try tmux.expect("1 swap), not recorded")
        let status = try XCTUnwrap(swapped.split(separator: "\n").last { $0.contains("Swapped ") }, swapped)
        let names = status.components(separatedBy: "Swapped ")[1].components(separatedBy: ";")[0].components(separatedBy: " and ")
        XCTAssertEqual(names.count, 2, String(status))

        try tmux.send("s")
        try tmux.expect("Saved new pairing round")
        try tmux.expect("✓ Recorded")
        let after = try rounds()
        XCTAssertEqual(after.count, before.count + 1, "one round recorded")
        let recorded = try XCTUnwrap(after.first { round in !before.contains { $0.roundID == round.roundID } })
        XCTAssertEqual(recorded.groups[0].members.first?.name, names[1], "the second one took the first seat")
        XCTAssertEqual(recorded.groups[1].members.first?.name, names[0])

        try tmux.send("s")
        try tmux.expect("recorded already")
        XCTAssertEqual(try rounds().count, after.count, "recorded once")
        try tmux.send("q")

        let reopened = try guild.openInTmux(["--store", store.path], width: 80, height: 24)
        try reopened.expect("Upcoming sessions")
        try reopened.send("p", "h")
        try reopened.expect("Pairing history")
        try reopened.expect(recorded.groups[0].members.map(\.name).joined(separator: " + "))
        try reopened.send("q")
    }
}
