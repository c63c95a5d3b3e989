import Foundation
import GuildCore
import XCTest

/// `export site` groups notes and action items by session once: every minutes page must still hold exactly its own
/// session's notes (in `notes(ofSession:)` order) and action items, and progress must run to the end.
final class SiteExportScaleTests: XCTestCase {
    private static let scaled = ScaledTeam.make(
        shape: ScaledTeamShape(people: 40, skills: 30, teams: 4, sessions: 120, recurringSeries: 3, notes: 900, actions: 400,
                               learnings: 10, topics: 4, communities: 3, solutions: 4, historyDays: 365),
        now: Fixtures.now, calendar: Fixtures.calendar, seed: 11)

    func testEveryMinutesPageHoldsItsOwnNotesAndActionsInOrder() {
        let data = Self.scaled
        let export = SiteExport(data: data, calendar: Fixtures.calendar, now: Fixtures.now)
        var reports: [(Int, Int)] = []
        let files = export.files { reports.append(($0, $1)) }
        XCTAssertEqual(files, export.files, "with or without progress, the same files")
        let held = ProgrammeScope.all.heldSessions(in: data)
        let paths = export.minutesPaths(held)
        var pagesWithNotes = 0
        for session in held {
            guard let page = files[paths[session.id]!] else { return XCTFail("no page for \(session.title)") }
            let notes = data.notes(ofSession: session.id)
            if !notes.isEmpty { pagesWithNotes += 1 }
            for kind in NoteEntry.Kind.allCases {
                let expected = notes.filter { $0.kind == kind }.map { "- " + MarkdownText.text($0.text) }
                let found = page.split(separator: "\n").map(String.init).filter { line in expected.contains { line.hasPrefix($0) } }
                XCTAssertEqual(found.count, expected.count, "\(kind) notes of \(session.title)")
                if let first = expected.first, let position = page.range(of: first) {
                    XCTAssertTrue(expected.dropFirst().allSatisfy { page.range(of: $0, range: position.lowerBound..<page.endIndex) != nil })
                }
            }
            let actions = data.actions.values.filter { $0.sessionID == session.id }
            let boxes = page.split(separator: "\n").filter { $0.hasPrefix("- [ ] ") || $0.hasPrefix("- [x] ") }
            XCTAssertEqual(boxes.count, actions.count, "action items of \(session.title)")
            let titles = actions.sorted { ($0.createdAt, $0.title, $0.id.uuidString) < ($1.createdAt, $1.title, $1.id.uuidString) }
                .map { MarkdownText.text($0.title) }
            for (box, title) in zip(boxes, titles) {
                XCTAssertTrue(box.dropFirst(6).hasPrefix(title), "\(box) should be \(title)")
            }
        }
        XCTAssertGreaterThan(pagesWithNotes, 10, "the fixture must give pages notes")
        XCTAssertEqual(reports.last.map { $0.0 == $0.1 }, true, "progress ends at its total")
        XCTAssertEqual(reports.map(\.0), reports.map(\.0).sorted(), "progress never goes back")
    }

    /// Made page by page with the notes handed over one session at a time (as `guild export site` reads them from the
    /// store, keeping none), the site is the same files as built at once from every note.
    func testPagesMadeOneByOneWithNotesPerSessionAreTheSameFiles() {
        let data = Self.scaled
        let whole = SiteExport(data: data, calendar: Fixtures.calendar, now: Fixtures.now).files
        var withoutNotes = data
        withoutNotes.notes = [:]
        var bySession: [UUID: [NoteEntry]] = [:]
        for note in data.notes.values { bySession[note.sessionID, default: []].append(note) }
        let export = SiteExport(data: withoutNotes, calendar: Fixtures.calendar, now: Fixtures.now)
        let plan = export.plan()
        var made: [String: String] = [:]
        var madeTwice: [String] = []
        func add(_ path: String, _ text: String) {
            if made[path] != nil { madeTwice.append(path) }
            made[path] = text
        }
        for (path, text) in plan.indexes { add(path, text) }
        // Sessions in an order of their own, each one's notes shuffled: the export sorts them itself.
        var generator = SeededRandom(seed: 7)
        for session in plan.held.shuffled(using: &generator) {
            guard let page = export.minutesPage(of: session, notes: (bySession[session.id] ?? []).shuffled(using: &generator), plan: plan)
            else { return XCTFail("no page for \(session.title)") }
            add(page.path, page.text)
        }
        for (path, text) in export.otherPages(plan) { add(path, text) }
        XCTAssertEqual(madeTwice, [])
        XCTAssertEqual(plan.pageCount + plan.indexes.count, whole.count)
        XCTAssertEqual(made.count, whole.count)
        for (path, text) in whole { XCTAssertEqual(made[path], text, path) }
    }
}
