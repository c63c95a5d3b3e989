import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
import XCTest

/// Commands that write load only the record kinds they read and write (`CommandKinds`): each prints the same, fails the
/// same way and leaves the same files as with every kind loaded (`GUILD_LOAD_EVERY_KIND=1`), reads no file of a kind
/// it does not need, and still refuses what its validation finds in other kinds (an unknown owner, session or skill).
final class WritingCommandKindsTests: XCTestCase {
    private var guild: GuildBinary!
    private var base: URL!
    private var folder: URL!
    /// The weekly meeting the tests make live, on an agenda item, so `ask`, `rate-meeting` and `vote --continue` have
    /// a meeting to answer.
    private var liveSession = ""
    private static let uuid = try! NSRegularExpression(pattern: "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        folder = try temporaryFolder(self)
        base = folder.appendingPathComponent("base")
        let demo = try guild.run(["demo", "--store", base.path])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        liveSession = try LiveWeeklyMeeting.start(in: base, onItem: 1).held.id.uuidString.lowercased()
    }

    /// Every writing command line (successes and refusals) prints, exits and writes exactly what it does with every
    /// kind loaded, on the sample team (every kind present) with a live meeting. Lines of one scenario run in order
    /// on the same copy, so later ones see what earlier ones wrote.
    func testWritingCommandsDoTheSameAsWithEveryKindLoaded() throws {
        let calendar = folder.appendingPathComponent("team.ics")
        try Data("""
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        BEGIN:VEVENT\r
        UID:kinds-test-1@example.com\r
        DTSTART:20261215T140000Z\r
        DTEND:20261215T150000Z\r
        SUMMARY:Imported architecture review\r
        END:VEVENT\r
        END:VCALENDAR\r

        """.utf8).write(to: calendar)
        let scenarios: [[[String]]] = [
            [["add", "action", "Write the runbook", "--owner", "amara", "--due", "2026-12-04"],
             ["add", "action", "Pair on flaky CI", "--owner", "@zoe", "--session", liveSession],
             ["add", "action", "Nobody owns this", "--owner", "nobody"],
             ["add", "action", "No such session", "--owner", "amara", "--session", "00000000-0000-4000-8000-000000000000"]],
            [["rate", "aanya", "Kubernetes", "3", "--learn"], ["rate", "zoe", "Kubernetes", "expert", "--teach"],
             ["rate", "nobody", "Kubernetes", "3"], ["rate", "aanya", "No such skill", "2"], ["rate", "aanya", "Go", "seven"]],
            [["ask", "How do we roll back?"], ["ask", "And the data?", "--session", "Weekly tech meeting"], ["rate-meeting", "4"],
             ["rate-meeting", "9"], ["rate-meeting", "2"], ["vote", "--continue", "up", "--by", "zoe"], ["vote", "--continue", "down", "--by", "aanya"],
             ["vote", "--continue", "down", "--by", "zoe"], ["vote", "--continue", "up", "--by", "nobody"], ["vote", "--continue", "sideways", "--by", "zoe"]],
            [["propose", "Flaky tests: quarantine or fix?", "--by", "aanya"], ["propose", "Our on-call rota", "--by", "zoe", "--minutes", "10"],
             // Votes leave no tie between the two new proposals (created at the same pinned moment, so their ids order them).
             ["vote", "Flaky tests", "--by", "zoe"], ["vote", "Our on-call", "--by", "aanya"], ["vote", "Flaky tests", "--by", "aanya"],
             ["vote", "Flaky tests", "--by", "jose"], ["vote", "Our on-call", "--by", "aanya"], ["vote", "--by", "zoe"], ["vote", "Nothing like it", "--by", "zoe"]],
            [["add", "person", "Kim Tester", "--handle", "kim", "--team", "Platform"], ["add", "person", "Kim Again", "--handle", "kim"],
             ["add", "skill", "Rust", "--category", "Languages"], ["add", "skill", "kubernetes"],
             ["add", "session", "Rust for the curious", "--at", "2026-12-18 15:00", "--facilitator", "kim", "--attendee", "aanya"],
             ["add", "session", "Nobody runs this", "--at", "2026-12-18 15:00", "--facilitator", "nobody"]],
            [["solutions", "add", "--need", "Share a secret safely", "--solution", "Use the vault", "--expert", "fatima", "--skill", "Security"],
             ["solutions", "edit", "Share a secret", "--expert", "zoe", "--remove-expert", "fatima"],
             ["solutions", "edit", "Change a large table", "--skill", "Kubernetes"], ["solutions", "add", "--need", "x", "--solution", "y", "--expert", "nobody"]],
            [["topics", "add", "Rust in production", "--skill", "Go", "--presenter", "jose", "--by", "aanya"],
             ["topics", "vote", "Rust in production", "--by", "zoe"], ["topics", "vote", "Writing good RFCs", "--by", "zoe"],
             ["topics", "schedule", "Rust in production", "--at", "2026-12-17 16:00"], ["topics", "vote", "No such topic", "--by", "zoe"]],
            [["pairs", "draw", "--seed", "5"], ["pairs", "feedback", "aanya", "Great session", "--by", "aanya"],
             ["pairs", "history", "--json"], ["pairs", "history", "--share"], ["pairs", "draw", "--seed", "11", "--for", "aanya"],
             ["pairs", "draw", "--seed", "7", "--dry-run", "--json"]],
            [["session", "link", "observability", "recording", "https://videos.example.com/obs"],
             ["session", "takeaways", "observability", "- Count label values first"], ["session", "unlink", "observability", "recording"],
             ["session", "link", "No such session", "slides", "https://example.com"]],
            [["import", "ics", calendar.path, "--dry-run"], ["import", "ics", calendar.path], ["import", "ics", calendar.path]],
        ]
        let known = try Self.text(of: base)
        for (number, scenario) in scenarios.enumerated() {
            let asked = folder.appendingPathComponent("asked-\(number)")
            let everything = folder.appendingPathComponent("everything-\(number)")
            try FileManager.default.copyItem(at: base, to: asked)
            try FileManager.default.copyItem(at: base, to: everything)
            for command in scenario {
                let mine = try guild.run(command + ["--store", asked.path], environment: GuildBinary.pinnedClock)
                var all = GuildBinary.pinnedClock
                all["GUILD_LOAD_EVERY_KIND"] = "1"
                let theirs = try guild.run(command + ["--store", everything.path], environment: all)
                XCTAssertEqual(mine.status, theirs.status, "\(command): \(mine.stderr) / \(theirs.stderr)")
                XCTAssertEqual(Self.normalized(mine.stdout, known: known), Self.normalized(theirs.stdout, known: known), "\(command)")
                XCTAssertEqual(Self.normalized(mine.stderr, known: known), Self.normalized(theirs.stderr, known: known), "\(command)")
            }
            let mine = try Self.records(of: asked, known: known)
            let theirs = try Self.records(of: everything, known: known)
            XCTAssertEqual(mine.map(\.path), theirs.map(\.path), "scenario \(number): other files written")
            for (one, other) in zip(mine, theirs) where one != other {
                XCTFail("scenario \(number): \(one.path) differs:\n\(one.text)\n---\n\(other.text)")
            }
            XCTAssertNotEqual(mine.map(\.text), try Self.records(of: base, known: known).map(\.text), "scenario \(number) wrote nothing")
        }
    }

    /// A writing command reads no file of a kind it does not need: with a damaged file in every kind folder, each
    /// reports exactly the damaged files of the kinds it reads (and still writes), as listed here.
    func testWritingCommandsReadOnlyTheKindsTheyNeed() throws {
        let folders = ["actions", "communities", "learnings", "meetings", "pairings", "people", "ratings", "sessions", "skills",
                       "solutions", "topics", "votes"]
        for name in folders {
            try Data("{\"id\": ".utf8).write(to: base.appendingPathComponent("\(name)/0b8e5a52-0000-4000-8000-0000000000ff.json"))
        }
        let expected: [([String], Set<String>)] = [
            (["add", "action", "Write the runbook", "--owner", "amara"], ["actions", "people"]),
            (["add", "action", "Pair on it", "--owner", "amara", "--session", liveSession], ["actions", "people", "sessions"]),
            (["rate", "aanya", "Kubernetes", "3"], ["people", "skills", "ratings"]),
            (["add", "person", "Kim Tester", "--handle", "kim"], ["people"]),
            (["add", "skill", "Rust"], ["skills"]),
            (["topics", "vote", "Writing good RFCs", "--by", "zoe"], ["topics", "people"]),
            (["solutions", "add", "--need", "Share a secret", "--solution", "Use the vault"], ["solutions", "people", "skills"]),
            (["pairs", "draw", "--seed", "5", "--dry-run"], ["people", "skills", "ratings", "pairings"]),
            (["session", "takeaways", "observability", "- Count label values first"], ["sessions"]),
            (["propose", "Flaky tests: quarantine or fix?", "--by", "aanya"], ["sessions", "people"]),
        ]
        for (command, kinds) in expected {
            let outcome = try guild.run(command + ["--store", base.path], environment: GuildBinary.pinnedClock)
            XCTAssertEqual(outcome.status, 0, "\(command): \(outcome.stderr)")
            let reported = Set(folders.filter { outcome.stderr.contains("\($0)/0b8e5a52-0000-4000-8000-0000000000ff.json") })
            XCTAssertEqual(reported, kinds, "\(command) read other kinds: \(outcome.stderr)")
        }
        var all = GuildBinary.pinnedClock
        all["GUILD_LOAD_EVERY_KIND"] = "1"
        let everything = try guild.run(["add", "skill", "Zig", "--store", base.path], environment: all)
        XCTAssertTrue(everything.stderr.contains("actions/0b8e5a52-0000-4000-8000-0000000000ff.json"), everything.stderr)
    }

    /// Validation that reads another kind still refuses: an owner who is not a known person, a session that is not in
    /// the store, a rating of an unknown skill — and nothing is written.
    func testValidationAgainstOtherKindsStillRefuses() throws {
        let before = try Self.records(of: base, known: nil)
        for (command, message) in [(["add", "action", "Nobody owns this", "--owner", "nobody"], "no person with handle \"nobody\""),
                                   (["add", "action", "x", "--owner", "amara", "--session", "00000000-0000-4000-8000-000000000000"],
                                    "is not the id of a session"),
                                   (["rate", "aanya", "No such skill", "2"], "no skill named"),
                                   (["topics", "vote", "Writing good RFCs", "--by", "nobody"], "no person with handle")] {
            let outcome = try guild.run(command + ["--store", base.path], environment: GuildBinary.pinnedClock)
            XCTAssertNotEqual(outcome.status, 0, "\(command)")
            XCTAssertTrue(outcome.stderr.contains(message), "\(command): \(outcome.stderr)")
        }
        XCTAssertEqual(try Self.records(of: base, known: nil), before)
    }

    // MARK: - Helpers

    private struct RecordFile: Equatable {
        var path: String
        var text: String
    }

    /// Every file of the store but its private `.guild/` folder, in path order; with `known`, ids it does not hold
    /// (records the commands created) read "<new>".
    private static func records(of store: URL, known: String?) throws -> [RecordFile] {
        var files: [RecordFile] = []
        let root = store.standardizedFileURL.path
        guard let walk = FileManager.default.enumerator(atPath: root) else { return [] }
        while let relative = walk.nextObject() as? String {
            if relative.hasPrefix(".guild") { continue }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let text = try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
            files.append(RecordFile(path: normalized(relative, known: known), text: normalized(text, known: known)))
        }
        return files.sorted { ($0.path, $0.text) < ($1.path, $1.text) }
    }

    /// Every text of the store in lower case, so ids that are not in it can be told apart as new.
    private static func text(of store: URL) throws -> String {
        try records(of: store, known: nil).map { $0.path + "\n" + $0.text }.joined(separator: "\n").lowercased()
    }

    /// `text` with every id that `known` does not hold (a record created by the command) as "<new>".
    private static func normalized(_ text: String, known: String?) -> String {
        guard let known else { return text }
        let range = NSRange(text.startIndex..., in: text)
        var result = text
        for match in uuid.matches(in: text, range: range).reversed() {
            guard let found = Range(match.range, in: result) else { continue }
            let id = String(result[found])
            if !known.contains(id.lowercased()) { result.replaceSubrange(found, with: "<new>") }
        }
        return result
    }
}
