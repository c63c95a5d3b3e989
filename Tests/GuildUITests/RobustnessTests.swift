import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// Any size, any text: every line is exactly the terminal's width and holds nothing a terminal would act on.
final class RobustnessTests: XCTestCase {
    private func assertClean(_ grid: Grid, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let lines = grid.lines()
        XCTAssertEqual(lines.count, grid.size.height, label, file: file, line: line)
        for (index, text) in lines.enumerated() {
            if DisplayWidth.of(text) != grid.size.width {
                XCTFail("\(label) line \(index): width \(DisplayWidth.of(text)) ≠ \(grid.size.width): |\(text)|", file: file, line: line)
                return
            }
            if text.unicodeScalars.contains(where: SafeText.isUnsafe) {
                XCTFail("\(label) line \(index) holds a control character: |\(text)|", file: file, line: line)
                return
            }
        }
    }

    func testEverySizeRendersWithoutCrashOrGarbledLines() {
        var sizes: [Size] = []
        for width in stride(from: 1, through: 400, by: 7) {
            for height in stride(from: 1, through: 120, by: 5) { sizes.append(Size(width: width, height: height)) }
        }
        for width in 1...12 { for height in 1...12 { sizes.append(Size(width: width, height: height)) } }
        sizes += [Size(width: 40, height: 10), Size(width: 39, height: 10), Size(width: 40, height: 9), Size(width: 0, height: 0)]
        var state = Fixtures.state()
        Fixtures.press(&state, "2", "j", "l")
        for size in sizes {
            _ = reduce(&state, .resized(size))
            assertClean(render(state), "home \(size)")
        }
        // Overlays and zoom at a spread of sizes too.
        for keys in [["?"], ["enter"], ["1", "enter"], ["3", "enter"], ["z"], ["/", "x"]] {
            var variant = Fixtures.state()
            for key in keys { Fixtures.press(&variant, key) }
            for width in stride(from: 1, through: 200, by: 13) {
                for height in stride(from: 1, through: 60, by: 7) {
                    _ = reduce(&variant, .resized(Size(width: width, height: height)))
                    assertClean(render(variant), "\(keys) \(width)x\(height)")
                }
            }
        }
    }

    func testTooSmallMessageIsCentredAndNamesBothSizes() {
        let state = Fixtures.state(width: 60, height: 9)
        let lines = render(state).lines()
        XCTAssertEqual(lines[4].trimmingCharacters(in: .whitespaces), "Terminal too small: 60×9 — Guild needs at least 40×10")
        let narrow = render(Fixtures.state(width: 38, height: 9)).lines().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        XCTAssertEqual(narrow.joined(separator: " "), "Terminal too small: 38×9 — Guild needs at least 40×10")
    }

    func testHostileTextIsShownHarmlessly() {
        var data = Fixtures.sample
        let evil = Person(name: "\u{1B}[31mEvil\u{1B}[0m", handle: "evil", team: "\u{1B}]0;pwned\u{07}", updatedAt: Fixtures.now)
        data.upsert(evil)
        data.upsert(ActionItem(title: "Click \u{1B}[8mhidden\u{1B}[0m\r\nnow\u{202E}", owner: evil.id, due: Day(Fixtures.now, in: Fixtures.calendar),
                               createdAt: Fixtures.now))
        var state = Fixtures.state(data)
        for size in [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 47, height: 13)] {
            _ = reduce(&state, .resized(size))
            let grid = render(state)
            assertClean(grid, "hostile \(size)")
        }
        _ = reduce(&state, .resized(Size(width: 120, height: 40)))
        let screen = render(state).lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("␛[31mEvil␛[0m"), "the escape shows as a visible symbol")
        Fixtures.press(&state, "2", "/")
        Fixtures.type(&state, "evil")
        Fixtures.press(&state, "enter", "enter")
        assertClean(render(state), "hostile person detail")
    }

    func testWideAndAccentedNamesAreCutAtDisplayWidth() {
        var data = GuildData()
        let names = ["田中由紀田中由紀田中由紀田中由紀", "Zoë Ångström-Ångström-Ångström", "🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉", "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}"]
        let skill = Skill(name: "Kubernetes", updatedAt: Fixtures.now)
        data.upsert(skill)
        for (i, name) in names.enumerated() {
            let person = Person(name: name, handle: "p\(i)", updatedAt: Fixtures.now)
            data.upsert(person)
            data.upsert(RatingSheet(personID: person.id, ratings: [SkillRating(skillID: skill.id, level: .proficient, ratedAt: Fixtures.now)],
                                    updatedAt: Fixtures.now))
        }
        for width in [40, 41, 57, 80, 81, 120] {
            let grid = render(Fixtures.state(data, width: width, height: 24))
            assertClean(grid, "names at \(width)")
            let text = grid.lines().joined(separator: "\n")
            XCTAssertTrue(text.contains("…"), "long names are cut with …")
            XCTAssertFalse(text.contains("田中由紀田中由紀田中由紀田中由紀"), "the long CJK name does not fit in the name column")
        }
        // The name column holds whole glyphs only: the cell after a wide glyph is its continuation, never half a glyph.
        let grid = render(Fixtures.state(data, width: 80, height: 24))
        for y in 0..<grid.size.height {
            for x in 0..<grid.size.width where DisplayWidth.of(grid[x, y].grapheme) == 2 {
                XCTAssertTrue(x + 1 < grid.size.width && grid[x + 1, y].isContinuation, "wide glyph at \(x),\(y) is whole")
            }
        }
    }

    func testEmptyStoreExplainsWhatToDoInEveryPane() {
        let text = render(Fixtures.state(GuildData(), width: 120, height: 40)).lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("No sessions planned."))
        XCTAssertTrue(text.contains("guild add session"))
        XCTAssertTrue(text.contains("No people yet."))
        XCTAssertTrue(text.contains("guild add person"))
        XCTAssertTrue(text.contains("No action items yet."))
        XCTAssertTrue(text.contains("guild add action"))
        var state = Fixtures.state(GuildData())
        for key in ["j", "k", "pgdn", "end", "enter", "l", "tab", "enter", "tab", "enter", "/", "x"] { Fixtures.press(&state, key) }
        XCTAssertNil(state.overlay, "Enter on an empty pane opens nothing")
    }

    func testOrganisationScaleKeysStayFast() {
        var data = GuildData()
        var random = SeededRandom(seed: 7)
        let skills = (0..<300).map { Skill(id: random.uuid(), name: "Skill \($0)", category: "C\($0 % 12)", updatedAt: Fixtures.now) }
        skills.forEach { data.upsert($0) }
        for p in 0..<2_000 {
            let person = Person(id: random.uuid(), name: "Person \(p)", handle: "p\(p)", updatedAt: Fixtures.now)
            data.upsert(person)
            let ratings = skills.enumerated().filter { ($0.offset + p) % 3 == 0 }.map {
                SkillRating(skillID: $0.element.id, level: SkillLevel(rawValue: ($0.offset + p) % 5)!, ratedAt: Fixtures.now)
            }
            data.upsert(RatingSheet(personID: person.id, ratings: ratings, updatedAt: Fixtures.now))
        }
        let owners = Array(data.people.keys)
        for a in 0..<20_000 {
            data.upsert(ActionItem(id: random.uuid(), title: "Action \(a)", owner: owners[a % owners.count],
                                   due: Day(Fixtures.now, in: Fixtures.calendar).adding(days: a % 60 - 20), createdAt: Fixtures.now))
        }
        var state = Fixtures.state(data, width: 200, height: 60)
        let keys = ["3", "pgdn", "j", "end", "2", "l", "l", "end", "pgup", "tab", "k", "1", "j"]
        let start = Date()
        for _ in 0..<10 { for key in keys { Fixtures.press(&state, key) } }
        let perKey = Date().timeIntervalSince(start) / Double(10 * keys.count)
        let renderStart = Date()
        for _ in 0..<10 { _ = render(state) }
        let perFrame = Date().timeIntervalSince(renderStart) / 10
        print("org scale: \(String(format: "%.3f", perKey * 1000)) ms per key, \(String(format: "%.1f", perFrame * 1000)) ms per frame at 200×60")
        // Generous bounds for unoptimised debug builds on a busy machine; release builds are far faster.
        XCTAssertLessThan(perKey, 0.02)
        XCTAssertLessThan(perFrame, 0.2)
    }
}
