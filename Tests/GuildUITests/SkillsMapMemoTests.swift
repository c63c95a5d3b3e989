import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// The skills map derives its views when their inputs change, never per key, per frame or per clock tick: the pairing
/// proposal once per draw request, the matrix once per data or option change, a tab's page once per query, who to ask's
/// index of texts once per data change.
final class SkillsMapMemoTests: XCTestCase {
    /// A frame, as the run loop draws one each round.
    private func frame(_ state: AppState) {
        _ = render(state)
    }

    func testThePairsDrawIsKeptAcrossKeysFramesAndTicksAndRedrawnOnRequest() {
        var state = Fixtures.state()
        Fixtures.press(&state, "p")
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.proposal, 1, "opening the pairs tab draws once")
        for key in ["j", "j", "k", "G", "g"] {
            Fixtures.press(&state, key)
            frame(state)
            frame(state)
        }
        _ = reduce(&state, .tick(state.now.addingTimeInterval(60)))
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.proposal, 1, "keys, frames and a clock tick reuse the draw")
        let shown = render(state).description
        Fixtures.press(&state, "r")
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.proposal, 2, "r draws again, once")
        Fixtures.press(&state, "r")
        XCTAssertNotEqual(render(state).description, shown)

        var renamed = state.data
        let someone = renamed.people.values.min { $0.name < $1.name }!
        renamed.people[someone.id]?.name = "Renamed Person"
        state.replaceData(renamed)
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.proposal, 3, "new data: the proposal shown is kept (a draw is made on request only)")
        XCTAssertTrue(render(state).description.contains("Renamed Person"), "the page shows the new data")
    }

    func testThePartnersOfTheCursorPersonAreBuiltOncePerMoveFromOneIndexPerDataChange() {
        var state = Fixtures.state()
        Fixtures.settleIdle(&state)
        Fixtures.press(&state, "p")
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.partnerIndex, 0, "opening the tab draws; the partners wait for an idle moment")
        XCTAssertEqual(state.skillsMapMemo.builds.partnerPanel, 0)
        XCTAssertTrue(render(state).description.contains("finding the best partners"))
        XCTAssertTrue(state.hasIdleWork)
        _ = reduce(&state, .idle)
        XCTAssertFalse(state.hasIdleWork, "one idle round indexes the partners")
        frame(state)
        frame(state)
        XCTAssertFalse(render(state).description.contains("finding the best partners"))
        XCTAssertEqual(state.skillsMapMemo.builds.partnerIndex, 1)
        XCTAssertEqual(state.skillsMapMemo.builds.partnerPanel, 1, "the first person's partners, once for two frames")
        for key in ["j", "j", "k"] {
            Fixtures.press(&state, key)
            frame(state)
            frame(state)
        }
        _ = reduce(&state, .tick(state.now.addingTimeInterval(60)))
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.partnerPanel, 4, "once per cursor move; frames and ticks reuse it")
        XCTAssertEqual(state.skillsMapMemo.builds.partnerIndex, 1, "every person's partners come from the one index")
        XCTAssertEqual(state.skillsMapMemo.builds.proposal, 1, "moving never draws")

        var renamed = state.data
        let someone = renamed.people.values.min { $0.name < $1.name }!
        renamed.people[someone.id]?.name = "Renamed Person"
        state.replaceData(renamed)
        frame(state)
        XCTAssertTrue(state.hasIdleWork, "new data: the partners wait for an idle moment again")
        Fixtures.settleIdle(&state)
        frame(state)
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.partnerIndex, 2, "new data: indexed again, once")
    }

    func testTheMatrixIsBuiltOncePerDataOrOptionChange() {
        var state = Fixtures.state()
        Fixtures.press(&state, "s")
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.matrix, 1)
        for key in ["j", "l", "l", "k", "h", "G", "g"] {
            Fixtures.press(&state, key)
            frame(state)
        }
        _ = reduce(&state, .tick(state.now.addingTimeInterval(60)))
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.matrix, 1, "moving, frames, the status line and ticks reuse the matrix")
        Fixtures.press(&state, "o")
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.matrix, 2, "a new sort builds it once")
        Fixtures.press(&state, "2")
        frame(state)
        Fixtures.press(&state, "j")
        frame(state)
        _ = reduce(&state, .tick(state.now.addingTimeInterval(120)))
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.page, 1, "the gaps page is built once: moving and clock ticks reuse it")
    }

    func testTypingAQuestionBuildsNothingUntilItIsAsked() {
        var state = Fixtures.state()
        Fixtures.press(&state, "w")
        frame(state)
        let opened = state.skillsMapMemo.builds.page
        for key in ["k", "a", "f", "k", "a"] {
            Fixtures.press(&state, key)
            frame(state)
        }
        XCTAssertEqual(state.skillsMapMemo.builds.page, opened, "each typed character only redraws the field")
        Fixtures.press(&state, "enter")
        frame(state)
        Fixtures.press(&state, "j")
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.page, opened + 1, "asking ranks once; moving reuses the answer")
    }

    func testCurrentRatingsAreComputedOncePerDataForEveryTabThatReadsThem() {
        var state = Fixtures.state()
        Fixtures.press(&state, "s")
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.ratings, 1, "the matrix reads them")
        for key in ["2", "j", "3", "4"] {
            Fixtures.press(&state, key)
            frame(state)
        }
        Fixtures.type(&state, "kubernetes")
        Fixtures.press(&state, "enter")
        frame(state)
        _ = reduce(&state, .tick(state.now.addingTimeInterval(120)))
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.ratings, 1, "gaps, pairs and who to ask reuse them; a clock tick too")
        _ = reduce(&state, .storeReloaded(state.data, problems: []))
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.ratings, 2, "new data: computed again, once")
    }

    func testWhoToAskLooksQuestionsUpInAnIndexBuiltOncePerData() {
        var state = Fixtures.state()
        Fixtures.press(&state, "w")
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.whoIndex, 1, "opening the tab indexes the texts, so no key pays for it")
        Fixtures.type(&state, "kubernetes")
        Fixtures.press(&state, "enter")
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.whoIndex, 1, "the first question looks it up")
        for question in ["testing", "release upgrades", "onboarding"] {
            Fixtures.press(&state, "/")
            for _ in 0..<20 { Fixtures.press(&state, "backspace") }
            Fixtures.type(&state, question)
            Fixtures.press(&state, "enter")
            frame(state)
            Fixtures.press(&state, "j")
            frame(state)
        }
        _ = reduce(&state, .tick(state.now.addingTimeInterval(120)))
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.whoIndex, 1, "other questions, keys, frames and a clock tick reuse the index")
        _ = reduce(&state, .storeReloaded(state.data, problems: []))
        Fixtures.press(&state, "/")
        Fixtures.type(&state, "x")
        Fixtures.press(&state, "enter")
        frame(state)
        XCTAssertEqual(state.skillsMapMemo.builds.whoIndex, 2, "new data: indexed again, once")
    }
}
