import Foundation
import GuildTestSupport
import XCTest

/// `guild import survey` on every producer's sample export (Tests/GuildImportTests/Fixtures) against the demo
/// store, as a user runs it: exit codes, messages with FILE:ROW, and the rating files afterwards.
final class SurveyImportCommandTests: XCTestCase {
    private var guild: GuildBinary!
    private var demo: URL!
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GuildImportTests/Fixtures")

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        demo = try temporaryFolder(self, "guild-survey").appendingPathComponent("demo")
        let made = try guild.run(["demo", "--store", demo.path])
        XCTAssertEqual(made.status, 0, made.stderr)
    }

    /// A fresh copy of the demo store, so each import starts from the same ratings.
    private func freshStore() throws -> URL {
        let copy = demo.deletingLastPathComponent().appendingPathComponent("store-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: demo, to: copy)
        return copy
    }

    private func importSurvey(_ file: String, _ arguments: [String] = [], store: URL) throws -> GuildBinary.Outcome {
        try guild.run(["import", "survey", Self.fixtures.appendingPathComponent(file).path] + arguments + ["--store", store.path])
    }

    /// The records of one folder of the store, decoded as JSON objects.
    private func records(_ folder: String, in store: URL) throws -> [[String: Any]] {
        let url = store.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".json") }.map { name in
            let data = try Data(contentsOf: url.appendingPathComponent(name))
            return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
    }

    private func id(of handle: String, in store: URL) throws -> String {
        try XCTUnwrap(records("people", in: store).first { $0["handle"] as? String == handle }?["id"] as? String, "no @\(handle)")
    }

    private func ratingsFile(_ handle: String, in store: URL) throws -> URL {
        store.appendingPathComponent("ratings").appendingPathComponent(try id(of: handle, in: store).lowercased() + ".json")
    }

    /// The current (latest) rating of a person in a skill, from the files: (level, wants to learn, happy to teach).
    private func current(_ handle: String, _ skill: String, in store: URL) throws -> (Int, Bool, Bool)? {
        let skillID = try XCTUnwrap(records("skills", in: store).first { $0["name"] as? String == skill }?["id"] as? String)
        let sheet = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: ratingsFile(handle, in: store))) as? [String: Any])
        let ratings = (sheet["ratings"] as? [[String: Any]] ?? []).filter { $0["skillID"] as? String == skillID }
        guard let latest = ratings.max(by: { ($0["ratedAt"] as? String ?? "") < ($1["ratedAt"] as? String ?? "") }) else { return nil }
        return (latest["level"] as? Int ?? -1, latest["wantsToLearn"] as? Bool ?? false, latest["happyToTeach"] as? Bool ?? false)
    }

    func testEveryProducersExportImports() throws {
        let cases: [(file: String, arguments: [String], handle: String, skill: String, expected: (Int, Bool, Bool), says: String)] = [
            ("google-forms-sheets.csv", [], "zoe", "Kubernetes", (4, false, true), "Google Forms export, “,”-separated, UTF-8"),
            // Priya was already happy to teach Kubernetes, Sam already wanted to learn it: nothing in these files says otherwise.
            ("google-forms-download.csv", [], "priya", "Kubernetes", (4, false, true), "Levels on a 1–5 scale"),
            ("microsoft-forms.csv", [], "ingrid", "Go", (4, false, true), "Microsoft Forms export, “,”-separated, UTF-8 with BOM"),
            ("typeform.csv", ["--choices", "learn"], "priya", "Kubernetes", (2, true, true), "Typeform export"),
            ("typeform-contact-info.csv", ["--scale", "1-5"], "yuki", "Terraform", (3, false, false), "Levels on a 1–5 scale: --scale"),
            ("excel-de.csv", [], "mateus", "Kubernetes", (3, false, false), "a spreadsheet, “;”-separated, UTF-8 with BOM"),
            ("excel-fr.csv", [], "chloe", "Kubernetes", (3, false, false), "a spreadsheet, “;”-separated, Windows-1252"),
            ("excel-unicode-text.txt", [], "fatima", "Kafka", (4, false, true), "a spreadsheet, tab-separated, UTF-16"),
            ("stray-quote.csv", [], "sam", "Kubernetes", (2, true, false), "stray-quote.csv:2: a quote opened in field 4"),
        ]
        for test in cases {
            let store = try freshStore()
            let outcome = try importSurvey(test.file, test.arguments + ["--yes"], store: store)
            XCTAssertEqual(outcome.status, 0, "\(test.file): \(outcome.stderr)")
            XCTAssertTrue(outcome.stdout.contains("Recorded "), "\(test.file): \(outcome.stdout)")
            XCTAssertTrue(outcome.stderr.contains(test.says), "\(test.file): \(outcome.stderr)")
            let rating = try current(test.handle, test.skill, in: store)
            XCTAssertEqual(rating.map { [$0.0, $0.1 ? 1 : 0, $0.2 ? 1 : 0] }, [test.expected.0, test.expected.1 ? 1 : 0, test.expected.2 ? 1 : 0],
                           "\(test.file): @\(test.handle) \(test.skill)")
            let again = try importSurvey(test.file, test.arguments + ["--yes"], store: store)
            XCTAssertTrue(again.stdout.contains("Nothing to write."), "\(test.file) a second time: \(again.stdout)")
        }
    }

    func testProblemsNameFileAndRowAndForeignEmailsOrSharedNamesAreSkipped() throws {
        let store = try freshStore()
        let sheets = try importSurvey("google-forms-sheets.csv", store: store)
        XCTAssertEqual(sheets.status, 1, "no terminal and no --yes")
        XCTAssertTrue(sheets.stderr.contains("google-forms-sheets.csv:4 (line 5): “Haskell” in “Which skills would you like to learn?”"), sheets.stderr)
        XCTAssertTrue(sheets.stderr.contains("google-forms-sheets.csv:5 (line 6): nobody in Guild is “Sam R.” / “sam@gmail.com”"), sheets.stderr)

        let added = try guild.run(["add", "person", "Sam Rivera", "--handle", "samr", "--email", "s.rivera@example.com", "--store", store.path])
        XCTAssertEqual(added.status, 0, added.stderr)
        let before = try [Data(contentsOf: ratingsFile("sam", in: store)), (try? Data(contentsOf: ratingsFile("samr", in: store))) ?? Data()]
        let csv = store.deletingLastPathComponent().appendingPathComponent("sams.csv")
        try Data("Name,Email,Kubernetes\nSam Rivera,,4\nSam Rivera,sam@gmail.com,3\n".utf8).write(to: csv)
        let outcome = try guild.run(["import", "survey", csv.path, "--yes", "--store", store.path])
        XCTAssertEqual(outcome.status, 1, "nothing could be read")
        XCTAssertTrue(outcome.stderr.contains("sams.csv:2: 2 people are named “Sam Rivera” (@sam, @samr)"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("sams.csv:3: 2 people are named “Sam Rivera”"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("nothing could be read: no row matched a person in Guild"), outcome.stderr)
        let after = try [Data(contentsOf: ratingsFile("sam", in: store)), (try? Data(contentsOf: ratingsFile("samr", in: store))) ?? Data()]
        XCTAssertEqual(after, before, "neither Sam was touched")
    }

    func testNothingReadableExitsNonZero() throws {
        let store = try freshStore()
        let folder = store.deletingLastPathComponent()
        for (name, text, says) in [
            ("no-names.csv", "Timestamp,Kubernetes,Go\n2026/11/20,3,3\n", "no name, e-mail or handle column"),
            ("no-skills.csv", "Name,Favourite food\nZoë Ångström,Pizza\n", "no column names a known skill"),
            ("header-only.csv", "Name,Kubernetes\n", "the file has a header but no answers"),
            ("unreadable.csv", "Name,Kubernetes\nZoë Ångström,2.5\n", "no answer could be read"),
        ] {
            let file = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            let outcome = try guild.run(["import", "survey", file.path, "--yes", "--store", store.path])
            XCTAssertEqual(outcome.status, 1, "\(name): \(outcome.stdout)")
            XCTAssertTrue(outcome.stderr.contains("\(name): nothing could be read: \(says)"), "\(name): \(outcome.stderr)")
        }
        let workbook = folder.appendingPathComponent("answers.xlsx")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]).write(to: workbook)
        let xlsx = try guild.run(["import", "survey", workbook.path, "--store", store.path])
        XCTAssertEqual(xlsx.status, 1)
        XCTAssertTrue(xlsx.stderr.contains("Excel workbook (.xlsx), not CSV"), xlsx.stderr)
    }

    func testBackdatedImportSaysHistoryOnlyAndReRunningAddsNothing() throws {
        let store = try freshStore()
        let file = store.deletingLastPathComponent().appendingPathComponent("old.csv")
        try Data("Email,Kubernetes\nzoe@example.com,4\n".utf8).write(to: file)
        let sheet = try ratingsFile("zoe", in: store)
        let currentBefore = try current("zoe", "Kubernetes", in: store)
        let first = try guild.run(["import", "survey", file.path, "--yes", "--date", "2026-01-15", "--store", store.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("(1 only in the history: a later rating stays current)"), first.stdout)
        XCTAssertTrue(first.stdout.contains("Zoë Ångström · Kubernetes: – → 4 on 2026-01-15, history only: the current"), first.stdout)
        let afterFirst = try Data(contentsOf: sheet)
        XCTAssertEqual(try current("zoe", "Kubernetes", in: store).map { $0.0 }, currentBefore.map { $0.0 }, "the current level is untouched")
        let second = try guild.run(["import", "survey", file.path, "--yes", "--date", "2026-01-15", "--store", store.path])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("1 respondent, 0 changes, 1 unchanged:"), second.stdout)
        XCTAssertTrue(second.stdout.contains("Nothing to write."), second.stdout)
        XCTAssertEqual(try Data(contentsOf: sheet), afterFirst, "re-running adds no entry")
    }
}
