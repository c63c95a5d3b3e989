import Foundation
import GuildTestSupport
import XCTest

/// Strict input: levels, durations, counts and dates refuse fractions, trailing text and out-of-range values with one
/// clear line and change nothing; text that is not UTF-8 is refused with its place; warnings quote a short excerpt.
final class StrictInputTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try temporaryFolder(self, "guild-strict").appendingPathComponent("store")
        let demo = try guild.run(["demo", "--store", store.path])
        XCTAssertEqual(demo.status, 0, demo.stderr)
    }

    /// Runs `arguments` with `--store` inserted at `storeAt` (default: the end) and checks it fails with one line and changes nothing.
    private func assertRefused(_ arguments: [String], storeAt: Int? = nil, mentions: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try snapshot()
        var full = arguments
        full.insert(contentsOf: ["--store", store.path], at: storeAt ?? full.count)
        let result = try guild.run(full)
        XCTAssertNotEqual(result.status, 0, "\(arguments) should fail: \(result.stdout)", file: file, line: line)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "one line: \(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(mentions), "\(result.stderr) should mention \(mentions)", file: file, line: line)
        XCTAssertEqual(try snapshot(), before, "\(arguments) changed the store", file: file, line: line)
    }

    /// Every file of the store (but the machine-local folder) and its bytes.
    private func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let url as URL in FileManager.default.enumerator(at: store, includingPropertiesForKeys: nil)! where !url.path.contains("/.guild") {
            if let data = FileManager.default.contents(atPath: url.path) { files[url.path] = data }
        }
        return files
    }

    func testLevelsAreWholeNumbersOrNames() throws {
        for bad in ["2.9", " 3x", "3x", "4 is wrong", "5", "-1", "34", "3 - Expert", "2,5", "½", "３", ""] {
            try assertRefused(["rate", "zoe", "API design", "--", bad], storeAt: 1, mentions: "is not a level")
        }
        let rated = try guild.run(["rate", "zoe", "API design", "3 - Proficient", "--store", store.path])
        XCTAssertEqual(rated.status, 0, rated.stderr)
        XCTAssertTrue(rated.stdout.contains("3 (proficient)"), rated.stdout)
    }

    func testCountsDurationsAndDatesAreStrict() throws {
        try assertRefused(["add", "session", "Talk", "--at", "fri 14:00", "--minutes", "2.5"], mentions: "'2.5' is invalid for '--minutes")
        try assertRefused(["add", "session", "Talk", "--at", "fri 14:00", "--minutes", "45x"], mentions: "'45x' is invalid")
        try assertRefused(["add", "session", "Talk", "--at", "fri 14:00", "--minutes=0"], mentions: "duration")
        try assertRefused(["add", "session", "Talk", "--at", "fri 14:00", "--minutes=9999"], mentions: "duration")
        try assertRefused(["add", "session", "Talk", "--at", "fri 14:00", "--agenda", "Intro=2.5"], mentions: "Title=minutes")
        try assertRefused(["add", "session", "Talk", "--at", "fri 14:00", "--agenda", "Intro= 3x"], mentions: "Title=minutes")
        try assertRefused(["add", "session", "Talk", "--at", "fri 14:00", "--agenda", "Intro=-5"], mentions: "1–600 minutes")
        try assertRefused(["list", "sessions", "--days=0"], mentions: "--days takes a whole number of days from 1 to 3650, not 0")
        try assertRefused(["list", "sessions", "--days", "1.5"], mentions: "'1.5' is invalid")
        try assertRefused(["who", "kubernetes", "--limit=-2"], mentions: "--limit takes a whole number")
        try assertRefused(["pairs", "--dry-run", "--window=500"], mentions: "--window takes a whole number of rounds from 0 to 100")
        try assertRefused(["pairs", "history", "--rounds=0"], mentions: "--rounds takes")
        try assertRefused(["add", "action", "Fix it", "--owner", "zoe", "--due", "2026-02-30"], mentions: "is not a date I know")
        try assertRefused(["add", "action", "Fix it", "--owner", "zoe", "--due", "fri x"], mentions: "is not a date I know")
        try assertRefused(["add", "action", "Fix it", "--owner", "zoe", "--due", "+1.5d"], mentions: "is not a date I know")
        try assertRefused(["add", "session", "Talk", "--at", "2026-12-04 24:00"], mentions: "is not a date I know")
        try assertRefused(["report", "--month", "2026-13"], mentions: "is not a month")
    }

    func testArgumentsThatAreNotUTF8AreRefusedWithThePlace() throws {
        let before = try snapshot()
        let shell = "\(TmuxSession.quote(guild.url.path)) add person \"$(printf 'Zo\\377e')\" --handle zoe2 --store \(TmuxSession.quote(store.path))"
        let result = try Self.shell(shell)
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertTrue(result.output.contains("argument 3 is not valid UTF-8: byte 3 is 0xFF; nothing was done"), result.output)
        XCTAssertEqual(try snapshot(), before)
    }

    /// Runs `command` with /bin/sh (which can pass bytes no Swift string holds); stdout and stderr together.
    static func shell(_ command: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>&1"]
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testImportsThatAreNotTextAreRefused() throws {
        let folder = try temporaryFolder(self, "guild-strict-files")
        // A survey may be UTF-8, UTF-16 or Windows-1252 (Excel's western CSV), so only text that is none of them is refused.
        let csv = folder.appendingPathComponent("survey.csv")
        try Data("Name,Kubernetes\nZo".utf8 + [0x81, 0x00] + Data(",3\n".utf8)).write(to: csv)
        try assertRefused(["import", "survey", csv.path, "--yes"], mentions: "is not text")
        let ics = folder.appendingPathComponent("cal.ics")
        try Data("BEGIN:VCALENDAR\r\nSUMMARY:caf".utf8 + [0xE9] + Data("\r\nEND:VCALENDAR\r\n".utf8)).write(to: ics)
        try assertRefused(["import", "ics", ics.path], mentions: "line 2, column 12: not valid UTF-8 (byte 0xE9)")
    }

    func testWarningsQuoteAShortExcerpt() throws {
        let csv = try temporaryFolder(self, "guild-strict-big").appendingPathComponent("survey.csv")
        try Data(("Name,Kubernetes\nZoë Ångström," + String(repeating: "x", count: 5_000_000) + "\n").utf8).write(to: csv)
        let result = try guild.run(["import", "survey", csv.path, "--yes", "--store", store.path])
        XCTAssertLessThan(result.stderr.utf8.count, 1_000, "the warning quotes an excerpt, not the 5 MB cell")
        XCTAssertTrue(result.stderr.contains("(5,000,000 characters)"), result.stderr)
    }
}
