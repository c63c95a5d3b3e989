import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// The skills map: opening and closing it from the dashboard, its keys, and golden screens of the matrix, gaps and pairs.
final class SkillsMapScreenTests: XCTestCase {
    func testOpensFromTheDashboardAndEscapeGoesBackStepByStep() {
        var state = Fixtures.state()
        Fixtures.press(&state, "s")
        XCTAssertEqual(state.skillsMap?.tab, .matrix)
        Fixtures.press(&state, "enter")
        guard case .person? = state.skillsMap?.detail?.target else { return XCTFail("Enter opens the row's person") }
        Fixtures.press(&state, "escape")
        XCTAssertNil(state.skillsMap?.detail)
        XCTAssertNotNil(state.skillsMap)
        Fixtures.press(&state, "escape")
        XCTAssertNil(state.skillsMap, "Escape leaves the skills map")
        Fixtures.press(&state, "p")
        XCTAssertEqual(state.skillsMap?.tab, .pairs)
        XCTAssertEqual(Fixtures.press(&state, "q"), [.quit])
    }

    func testDashboardKeysAreOrdinaryBindingsThatHelpAndRemappingKnow() {
        // The keys that open the skills map are in the main keymap, so `?`, the palette and keys.json list them.
        for (spec, command) in [("s", Command.screenSkills), ("w", .screenWho), ("p", .screenPairs), ("L", .screenLearnings)] {
            XCTAssertEqual(Keymap.standard.command(for: Key(spec: spec)!, in: .home), command.rawValue, spec)
        }
        XCTAssertTrue(Keymap.standard.bindings(of: .skillsMap, includingShared: false).allSatisfy { SkillsMapCommand(rawValue: $0.id) != nil },
                      "no second, hidden copy of the dashboard keys")
        let remapped = Keymap.standard.applying(overrides: Data(#"{"screen.skills": ["S"]}"#.utf8)).keymap
        var state = Fixtures.state(keymap: remapped)
        Fixtures.press(&state, "s")
        XCTAssertNil(state.skillsMap, "s no longer opens it once remapped")
        Fixtures.press(&state, "S")
        XCTAssertEqual(state.skillsMap?.tab, .matrix)
    }

    func testMatrixSortsFiltersAndMovesTheCursor() {
        var state = Fixtures.state()
        Fixtures.press(&state, "s", "o")
        XCTAssertEqual(state.skillsMap?.options.sort, .team)
        Fixtures.press(&state, "T")
        XCTAssertEqual(state.skillsMap?.options.team, "Mobile")
        Fixtures.press(&state, "m", "m", "m")
        XCTAssertEqual(state.skillsMap?.options.minimumLevel, .proficient)
        Fixtures.press(&state, "i")
        XCTAssertEqual(state.skillsMap?.options.interest, .wantsToLearn)
        Fixtures.press(&state, "x")
        XCTAssertFalse(state.skillsMap!.options.isFiltered)
        Fixtures.press(&state, "l", "l", "o")
        XCTAssertEqual(state.skillsMap?.options.sort, .skill)
        XCTAssertNotNil(state.skillsMap?.options.sortSkill, "sorts by the skill under the cursor")
        Fixtures.press(&state, "v")
        guard case .skill? = state.skillsMap?.detail?.target else { return XCTFail("v opens the skill") }
    }

    func testWhoToAskTypesAQuestionAndOpensAHit() {
        var state = Fixtures.state()
        Fixtures.press(&state, "w")
        XCTAssertNotNil(state.skillsMap?.field, "who to ask opens ready to type")
        Fixtures.type(&state, "flaky tests")
        Fixtures.press(&state, "enter")
        XCTAssertEqual(state.skillsMap?.query, "flaky tests")
        let screen = Golden.text(of: render(state))
        XCTAssertTrue(screen.contains("1. "))
        // The same function and data as `guild who`; each hit shows its handle (two people may share a name).
        let hits = WhoToAsk.rank("flaky tests", in: state.data, limit: 3)
        XCTAssertFalse(hits.isEmpty)
        for hit in hits { XCTAssertTrue(screen.contains("@" + state.data.people[hit.personID]!.handle), screen) }
        Fixtures.press(&state, "enter")
        guard case .person? = state.skillsMap?.detail?.target else { return XCTFail("Enter opens the person") }
    }

    func testPairsRedrawChangesTheSeed() {
        var state = Fixtures.state()
        Fixtures.press(&state, "p")
        let seed = state.skillsMap!.pairingSeed
        Fixtures.press(&state, "r")
        XCTAssertEqual(state.skillsMap?.pairingSeed, seed + 1)
    }

    func testEveryTabRendersAtEverySizeWithoutTrapping() {
        for (width, height) in [(1, 1), (20, 5), (40, 10), (80, 24), (200, 60)] {
            var state = Fixtures.state(width: width, height: height)
            Fixtures.press(&state, "s")
            for tab in 1...8 {
                Fixtures.press(&state, "\(tab)", "j", "enter")
                _ = render(state)
                Fixtures.press(&state, "escape", "?")
                _ = render(state)
                Fixtures.press(&state, "?")
            }
        }
    }

    func testSkillsMatrixAt120x40() {
        var state = Fixtures.state(width: 120, height: 40)
        Fixtures.press(&state, "s", "j", "l")
        Fixtures.goldens.assertScreen(render(state), named: "skills-matrix-120x40")
    }

    func testSkillsMatrixAt80x24() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press(&state, "s", "o", "T")
        Fixtures.goldens.assertScreen(render(state), named: "skills-matrix-80x24")
    }

    func testSkillViewAt120x40() {
        var state = Fixtures.state(width: 120, height: 40)
        let column = SkillsMatrix(data: Fixtures.sample).skills.firstIndex { $0.name == "Kubernetes" }!
        Fixtures.press(&state, "s")
        for _ in 0..<column { Fixtures.press(&state, "l") }
        Fixtures.press(&state, "v")
        Fixtures.goldens.assertScreen(render(state), named: "skills-skill-120x40")
    }

    func testGapsAt120x40() {
        var state = Fixtures.state(width: 120, height: 40)
        Fixtures.press(&state, "s", "2")
        Fixtures.goldens.assertScreen(render(state), named: "skills-gaps-120x40")
    }

    func testGapsAt80x24() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press(&state, "s", "2", "j")
        Fixtures.goldens.assertScreen(render(state), named: "skills-gaps-80x24")
    }

    func testPairsAt120x40() {
        var state = Fixtures.state(width: 120, height: 40)
        Fixtures.press(&state, "p")
        Fixtures.settleIdle(&state)
        Fixtures.goldens.assertScreen(render(state), named: "skills-pairs-120x40")
    }

    func testPairsAt80x24() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press(&state, "p")
        Fixtures.settleIdle(&state)
        Fixtures.goldens.assertScreen(render(state), named: "skills-pairs-80x24")
    }
}
