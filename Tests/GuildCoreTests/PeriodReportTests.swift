import Foundation
@testable import GuildCore
import XCTest

/// The Markdown report of a month or a quarter and the exported knowledge base, against files under Expected/.
final class PeriodReportTests: XCTestCase {
    typealias F = ProgrammeFixture

    func report(_ period: String, scope: ProgrammeScope = .all) -> String {
        PeriodReport(data: F.data, period: ProgrammePeriod(text: period)!, now: F.now, calendar: F.calendar, scope: scope,
                     storeName: "Test guild", minutesLink: { "minutes/" + $0.id.uuidString.lowercased() + ".md" }).markdown
    }

    func testMonthReport() {
        let text = report("2026-11")
        XCTAssertTrue(text.contains("- Sessions held: 2 (1 tech talk, 1 weekly tech meeting)"))
        XCTAssertTrue(text.contains("- Action items: 1 done on time, 0 late, 1 still open (0 overdue), 1 dropped"))
        XCTAssertTrue(text.contains("- Skill gaps: 1 closed, 3 open"))
        XCTAssertTrue(text.contains("[minutes](minutes/00000000-0000-4000-8000-000000000034.md)"))
        XCTAssertTrue(text.contains("👏 Dana Ólafsdóttir — Dana's first talk \\| went great (from Ben Okoro)"))
        Fixtures.expected.assertText(text, named: "report-2026-11.md")
    }

    func testQuarterReport() {
        let text = report("2026-Q4")
        XCTAssertTrue(text.contains("## Month by month"))
        XCTAssertTrue(text.contains("| SQL\\, indexes; and you |") || text.contains("| SQL, indexes; and you |"))
        Fixtures.expected.assertText(text, named: "report-2026-Q4.md")
    }

    func testCommunityReportAndAnEmptyPeriod() {
        Fixtures.expected.assertText(report("2026-Q3", scope: ProgrammeScope(communityID: F.backend)), named: "report-2026-Q3-backend.md")
        let empty = report("2026-06")
        XCTAssertTrue(empty.contains("No sessions were held in June 2026."))
        XCTAssertTrue(empty.contains("No kudos recorded this period."))
    }

    func testSiteExport() {
        let minutes = [F.goTalk: "# Go generics — minutes from the wrap-up\n\nStored text.\n"]
        let files = SiteExport(data: F.data, minutes: minutes, calendar: F.calendar, now: F.now, storeName: "Test guild").files
        XCTAssertEqual(files.keys.sorted(), [
            "README.md", "communities.md", "learnings.md",
            "minutes/2026-09-10-go-generics.md", "minutes/2026-10-08-sql-indexes-and-you.md", "minutes/2026-10-22-kubernetes-basics.md",
            "minutes/2026-11-05-testing-in-go.md", "minutes/2026-11-13-weekly-tech-meeting.md", "minutes/README.md",
            "skills.md", "solutions.md",
        ])
        XCTAssertTrue(files["minutes/2026-09-10-go-generics.md"]!.hasPrefix("# Go generics — minutes from the wrap-up\n\nStored text.\n"))
        // Every relative link points at a file of the site (anchors aside).
        for (path, text) in files {
            let folder = (path as NSString).deletingLastPathComponent
            for target in links(in: text) where !target.hasPrefix("#") && !target.contains("://") {
                let file = target.split(separator: "#", maxSplits: 1).first.map(String.init) ?? target
                var parts: [String] = folder.isEmpty ? [] : folder.components(separatedBy: "/")
                for part in file.components(separatedBy: "/") {
                    if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
                }
                let resolved = parts.joined(separator: "/")
                XCTAssertNotNil(files[resolved], "\(path) links to \(target), which is not exported")
            }
        }
        for (path, text) in files {
            Fixtures.expected.assertText(text, named: "site/" + path)
        }
    }

    func testSlugs() {
        XCTAssertEqual(SiteExport.slug("Zoë's Kafka deep dive!"), "zoes-kafka-deep-dive")
        XCTAssertEqual(SiteExport.slug("李雷"), "session")
        XCTAssertEqual(SiteExport.slug("  --a--b--  "), "a-b")
        XCTAssertLessThanOrEqual(SiteExport.slug(String(repeating: "word ", count: 30)).count, 50)
    }

    private func links(in text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "](") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            result.append(String(rest[..<close]))
            rest = rest[close...]
        }
        return result
    }
}
