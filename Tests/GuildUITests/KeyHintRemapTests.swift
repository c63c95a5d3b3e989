import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// Empty states and hints name their keys from the keymap, never as hard-coded letters: after a `keys.json` remap they
/// show the remapped key (the skills map's "x clears them", the palette and rating keys, the pairing screen's key).
final class KeyHintRemapTests: XCTestCase {
    private let remap = #"""
    {"skills.matrix.clearFilters": ["f7"], "app.palette": ["ctrl+p"], "screen.pairs": ["f8"],
     "matrix.level0": ["alt+0"], "matrix.level1": ["alt+1"], "matrix.level2": ["alt+2"], "matrix.level3": ["alt+3"], "matrix.level4": ["alt+4"]}
    """#

    private func keymap() -> Keymap {
        let (keymap, problems) = Keymap.standard.applying(overrides: Data(remap.utf8), source: "keys.json")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(keymap.clashes, [])
        return keymap
    }

    /// The sample team with no skills, and one person nobody has rated yet.
    private var noSkills: GuildData {
        var data = Fixtures.sample
        data.skills = [:]
        data.ratingSheets = [:]
        data.pairingRounds = [:]
        return data
    }

    private func screen(_ state: AppState) -> String { Golden.text(of: render(state)) }

    func testTheSkillsMapsEmptyMatrixNamesTheClearKeyOfTheKeymap() {
        var standard = Fixtures.state(noSkills)
        _ = standard.run(.screenSkills)
        XCTAssertTrue(screen(standard).contains("No skills match these filters (x clears them)."), screen(standard))

        var remapped = Fixtures.state(noSkills, keymap: keymap())
        _ = remapped.run(.screenSkills)
        let text = screen(remapped)
        XCTAssertTrue(text.contains("No skills match these filters (F7 clears them)."), text)
        XCTAssertFalse(text.contains("x clears"), text)
    }

    func testTheHomeMatrixAndAPersonsDetailNameThePaletteAndRatingKeysOfTheKeymap() throws {
        let standard = Fixtures.state(noSkills)
        XCTAssertTrue(screen(standard).contains("in the : palette"), screen(standard))
        XCTAssertEqual(Keymap.standard.ratingKeyNames, "0–4")

        let state = Fixtures.state(noSkills, keymap: keymap())
        let text = screen(state)
        XCTAssertTrue(text.contains("in the C-p palette"), text)
        XCTAssertFalse(text.contains(": palette"), text)
        XCTAssertEqual(state.keymap.ratingKeyNames, "M-0/M-1/M-2/M-3/M-4")

        let person = EditingSupport.person("zoe")
        let lines = DetailView.build(for: .person(person.id), lists: state.lists, context: state.screenContext, width: 200)
        let detail = lines.map { $0.map(\.text).joined() }.joined(separator: "\n")
        XCTAssertTrue(detail.contains("In the skills matrix, M-0/M-1/M-2/M-3/M-4 rate the cell under the cursor"), detail)
    }

    func testYourWeekNamesThePairingKeyOfTheKeymap() {
        var state = Fixtures.state(noSkills, keymap: keymap())
        state.identity = .found(Identity(personID: EditingSupport.person("zoe").id, source: .gitEmail))
        _ = state.run(.screenMyWeek)
        let text = screen(state)
        XCTAssertTrue(text.contains("No round drawn yet (F8: pairing roulette)."), text)
    }
}
