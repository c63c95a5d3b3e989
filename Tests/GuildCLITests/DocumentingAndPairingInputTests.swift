import Foundation
import GuildTestSupport
import XCTest

/// The commands for documented sessions, the engineer's own week and pairing for one person (`guild session
/// link|unlink|takeaways`, `add session --link/--takeaways`, `guild export post`, `guild me`, `guild config me`,
/// `guild pairs --for`): each `--help` teaches with an example of itself, and bad input gets one line on stderr, a
/// non-zero status and leaves the store as it was.
final class DocumentingAndPairingInputTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try guild.demoStore(self)
    }

    private func run(_ arguments: String...) throws -> GuildBinary.Outcome {
        try guild.run(arguments + ["--store", store.path])
    }

    /// Every file of the store (git's own folder aside) and its bytes.
    private func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: store, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            let path = url.path.replacingOccurrences(of: store.path, with: "")
            guard !path.hasPrefix("/.git/"), !path.hasPrefix("/.guild/cache"), try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true
            else { continue }
            files[path] = try Data(contentsOf: url)
        }
        return files
    }

    /// Runs `arguments` and checks they are refused in one line with `status`, naming `message`, and change nothing.
    private func assertRefused(_ arguments: [String], status: Int32 = 1, saying message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try snapshot()
        let outcome = try guild.run(arguments + ["--store", store.path])
        let what = arguments.joined(separator: " ")
        XCTAssertEqual(outcome.status, status, "\(what): \(outcome.stderr)", file: file, line: line)
        XCTAssertEqual(outcome.stdout, "", what, file: file, line: line)
        let errors = outcome.stderr.split(separator: "\n").filter { !$0.hasPrefix("guild: warning:") }
        XCTAssertEqual(errors.count, 1, "\(what): one line\n\(outcome.stderr)", file: file, line: line)
        XCTAssertTrue(outcome.stderr.contains(message), "\(what): \(outcome.stderr)", file: file, line: line)
        XCTAssertEqual(try snapshot(), before, "\(what) changed the store", file: file, line: line)
    }

    func testEachHelpTeachesWithAnExampleOfItsOwnCommand() throws {
        let commands: [(arguments: [String], example: String)] = [
            (["session"], "guild session link"),
            (["session", "link"], "guild session link "),
            (["session", "unlink"], "guild session unlink "),
            (["session", "takeaways"], "guild session takeaways "),
            (["add", "session"], "--takeaways"),
            (["add", "session"], "--link "),
            (["export", "post"], "guild export post "),
            (["me"], "guild me --"),
            (["config", "me"], "guild config me zoe"),
            (["pairs"], "guild pairs --for "),
            (["pairs", "draw"], "guild pairs --for "),
        ]
        for (arguments, example) in commands {
            let help = try guild.run(arguments + ["--help"])
            let what = arguments.joined(separator: " ")
            XCTAssertEqual(help.status, 0, what)
            XCTAssertTrue(help.stdout.contains("Example"), "\(what) --help has examples:\n\(help.stdout)")
            let examples = help.stdout.components(separatedBy: "Example").dropFirst().joined()
            XCTAssertTrue(examples.contains(example), "\(what) --help shows \(example) in its examples:\n\(help.stdout)")
            // A command with subcommands (session, pairs) takes the store in each of them.
            if !["session", "pairs"].contains(what) { XCTAssertTrue(help.stdout.contains("--store"), "\(what) takes --store") }
        }
    }

    func testAnUnknownSessionIsOneLineAndChangesNothing() throws {
        let unknown = "no such session at all"
        let message = "no session matches \"\(unknown)\""
        try assertRefused(["session", "link", unknown, "recording", "https://media.example.com/x"], saying: message)
        try assertRefused(["session", unknown, "link", "slides=https://media.example.com/x.pdf"], saying: message)
        try assertRefused(["session", "unlink", unknown, "slides"], saying: message)
        try assertRefused(["session", "takeaways", unknown, "- one"], saying: message)
        try assertRefused(["session", "takeaways", unknown], saying: message)
        try assertRefused(["export", "post", unknown], saying: message)
    }

    func testBadLinksAndKindsAreRefusedBeforeAnythingIsWritten() throws {
        let held = "threat modelling"
        try assertRefused(["session", "link", held, "podcast", "https://x.example.com"], saying: "\"podcast\" is not a kind of link")
        try assertRefused(["session", "link", held, "recording", "ftp://x.example.com/a"], saying: "is not an http:// or https:// address")
        try assertRefused(["session", "link", held, "recording", "https://"], saying: "is not an http:// or https:// address")
        try assertRefused(["session", "link", held, "recording="], saying: "give the address")
        try assertRefused(["session", "link", held], status: 64, saying: "guild session link --help")
        try assertRefused(["session", "unlink", held, "podcast"], saying: "has no link to podcast")
        let at = ["--at", "2026-11-02 10:00"]
        try assertRefused(["add", "session", "Docs day"] + at + ["--link", "podcast=https://x.example.com"], saying: "\"podcast\" is not a kind of link")
        try assertRefused(["add", "session", "Docs day"] + at + ["--link", "recording=javascript:alert(1)"], saying: "is not an http:// or https:// address")
        try assertRefused(["add", "session", "Docs day"] + at + ["--link", "recording"], saying: "give the address")
        XCTAssertFalse(try run("list", "sessions", "--all").stdout.contains("Docs day"), "no session was planned")
    }

    func testMyWeekAndWhoIAmRefuseUnknownPeopleAndOutOfRangeDays() throws {
        try assertRefused(["me", "--as", "nobody-here"], saying: "no person with handle \"nobody-here\"")
        try assertRefused(["me", "--as", "zoe", "--days", "0"], saying: "--days takes a whole number of days from 1 to 366, not 0")
        try assertRefused(["me", "--as", "zoe", "--days", "367"], saying: "--days takes a whole number of days from 1 to 366, not 367")
        try assertRefused(["me", "--as", "zoe", "--days", "2.5"], status: 64, saying: "guild me --help")
        try assertRefused(["config", "me", "nobody-here"], saying: "no person with handle \"nobody-here\"")
        try assertRefused(["config", "me", "zoe", "--clear"], status: 64, saying: "give a handle or --clear, not both")
    }

    func testPartnersForOnePersonRefuseBadInputAndWarnAboutSomeoneAway() throws {
        try assertRefused(["pairs", "--for", "nobody-here"], saying: "no person with handle \"nobody-here\"")
        try assertRefused(["pairs", "--for", ""], saying: "no person with handle \"\"")
        try assertRefused(["pairs", "--for", "aanya", "--limit", "0"], saying: "--limit takes a whole number of partners from 1 to 1000, not 0")
        try assertRefused(["pairs", "--for", "aanya", "--limit", "1001"], saying: "from 1 to 1000, not 1001")
        try assertRefused(["pairs", "--for", "aanya", "--seed", "3"], status: 64, saying: "--for draws nothing")
        try assertRefused(["pairs", "--for"], status: 64, saying: "guild pairs draw --help")
        let before = try snapshot()
        let away = try run("pairs", "--for", "noah", "--limit", "2")
        XCTAssertEqual(away.status, 0, away.stderr)
        XCTAssertTrue(away.stderr.contains("@noah is away: the draw leaves them out"), away.stderr)
        XCTAssertTrue(away.stdout.hasPrefix("Partners for Noah Schmidt (@noah), best first:"), away.stdout)
        XCTAssertEqual(try snapshot(), before, "--for records nothing")
    }
}
