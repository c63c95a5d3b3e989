import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// Pairing for one person on the dashboard: the pairs tab's cursor is on a person and shows their partners with the
/// reasons and whom they paired with before; two people marked in turn trade places; `s` records the round through
/// the one save rule; `h` shows the pairing history.
final class PairsTabTests: XCTestCase {
    private func screen(_ state: AppState) -> String {
        render(state).lines().joined(separator: "\n")
    }

    /// The person under the cursor of the pairs tab.
    private func cursorPerson(_ state: AppState) -> UUID? {
        state.skillsMap?.pairsCursorPerson(content: state.screenContext.skillsMapContent)
    }

    private func draft(_ state: AppState) throws -> PairsDraft {
        try XCTUnwrap(state.skillsMap?.pairs)
    }

    func testTheCursorPersonsPartnersShowWithTheirReasonsAndPastPairings() throws {
        var state = Fixtures.state(width: 160, height: 40)
        Fixtures.press(&state, "p")
        Fixtures.settleIdle(&state)
        let round = try draft(state).round
        XCTAssertEqual(cursorPerson(state), round.groups[0].members[0], "the cursor starts on the first person of the proposal")
        Fixtures.press(&state, "j", "j")
        let person = try XCTUnwrap(cursorPerson(state))
        XCTAssertEqual(person, round.groups.flatMap(\.members)[2], "one line per person: j moves to the next person")

        let index = PartnerIndex(state.data, rounds: Array(state.data.pairingRounds.values))
        let expected = index.suggest(for: person, limit: 5)
        XCTAssertFalse(expected.isEmpty)
        let text = screen(state)
        XCTAssertTrue(text.contains("Partners for \(state.data.name(of: person))"), text)
        for suggestion in expected {
            let reasons = suggestion.reasons(in: state.data) { Day($0, in: Fixtures.calendar).description }.joined(separator: " · ")
            XCTAssertTrue(text.contains(state.data.name(of: suggestion.partner) + "  " + reasons), "\(reasons)\n\(text)")
        }
        let past = index.history(of: person)
        if let last = past.first {
            XCTAssertTrue(text.contains("Paired before: " + last.partners.map { state.data.name(of: $0) }.joined(separator: " + ")
                + " (\(Day(last.drawnAt, in: Fixtures.calendar)))"), text)
        } else {
            XCTAssertTrue(text.contains("Paired before: never"), text)
        }

        Fixtures.press(&state, "k")
        XCTAssertTrue(screen(state).contains("Partners for \(state.data.name(of: round.groups.flatMap(\.members)[1]))"), "moving the cursor changes whose partners show")
    }

    func testMarkingTwoPeopleSwapsThemAndTheGroupsSkillsAreWorkedOutAgain() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "p")
        let drawn = try draft(state).round
        XCTAssertGreaterThanOrEqual(drawn.groups.count, 2)
        let first = drawn.groups[0].members[0]
        let second = drawn.groups[1].members[0]
        let secondRow = drawn.groups[0].members.count

        Fixtures.press(&state, "m")
        XCTAssertEqual(try draft(state).marked, first)
        XCTAssertTrue(state.message?.hasPrefix("Marked \(state.data.name(of: first))") ?? false, state.message ?? "")
        XCTAssertTrue(screen(state).contains("◆ " + state.data.name(of: first)), "the marked person shows marked")
        Fixtures.press(&state, "j")
        Fixtures.press(&state, "m")
        XCTAssertEqual(state.message, "\(state.data.name(of: first)) and \(state.data.name(of: drawn.groups[0].members[1])) are already together")
        XCTAssertEqual(try draft(state).round, drawn, "nothing changed")
        XCTAssertNil(try draft(state).marked)

        Fixtures.press(&state, "k", "m")
        for _ in 0..<secondRow { Fixtures.press(&state, "j") }
        XCTAssertEqual(cursorPerson(state), second)
        Fixtures.press(&state, "m")
        let swapped = try draft(state).round
        let expected = try XCTUnwrap(PairingRoulette.swap(first, second, in: drawn, data: state.data))
        XCTAssertEqual(swapped, expected, "the two traded places; each group's skill is worked out for its new members")
        XCTAssertEqual(swapped.groups[0].members[0], second)
        XCTAssertEqual(swapped.groups[1].members[0], first)
        XCTAssertEqual(try draft(state).swaps, 1)
        XCTAssertNil(try draft(state).marked)
        XCTAssertEqual(state.message, "Swapped \(state.data.name(of: first)) and \(state.data.name(of: second)); s records the round")
        XCTAssertTrue(screen(state).contains("1 swap), not recorded"), screen(state))

        Fixtures.press(&state, "m", "m")
        XCTAssertNil(try draft(state).marked, "marking the marked person again unmarks them")
        XCTAssertEqual(state.message, "Unmarked \(state.data.name(of: first))")

        // Swaps are kept across keys and frames; a redraw starts over from a new draw.
        Fixtures.press(&state, "j", "k", "2", "3")
        XCTAssertEqual(try draft(state).round, swapped, "leaving the tab and coming back keeps the adjusted proposal")
        Fixtures.press(&state, "r")
        XCTAssertEqual(try draft(state).swaps, 0)
        XCTAssertNotEqual(try draft(state).round.id, swapped.id)
    }

    func testRecordingSavesTheAdjustedRoundAndSaysRecordedOnlyOnceTheStoreAcknowledged() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "p")
        let rounds = state.data.pairingRounds.count
        Fixtures.press(&state, "m", "j", "j", "m")
        let round = try draft(state).round

        let effects = Fixtures.press(&state, "s")
        let change = try XCTUnwrap(EditingSupport.change(effects))
        XCTAssertNil(change.before, "a new record")
        XCTAssertEqual(change.after?.as(PairingRound.self), round, "the round as adjusted, swaps included")
        XCTAssertEqual(state.message, "Saving…")
        XCTAssertEqual(state.data.pairingRounds.count, rounds, "nothing shows as recorded before the store answers")
        XCTAssertTrue(screen(state).contains("not recorded"))
        XCTAssertFalse(screen(state).contains("✓ Recorded"))
        Fixtures.press(&state, "s")
        XCTAssertEqual(state.message, "Still saving the round…", "no second save while the first is on its way")

        _ = reduce(&state, .saved(change, stored: change.after))
        XCTAssertEqual(state.data.pairingRounds[round.id], round)
        XCTAssertEqual(state.message, "Saved new pairing round of \(Day(round.drawnAt, in: Fixtures.calendar)) (\(round.groups.count) groups)")
        XCTAssertTrue(screen(state).contains("✓ Recorded: round of \(Day(round.drawnAt, in: Fixtures.calendar))"), screen(state))
        XCTAssertEqual(state.history.undoable.count, 1, "u takes the round back")

        XCTAssertEqual(Fixtures.press(&state, "s"), [])
        XCTAssertEqual(state.message, "This round is recorded already; r draws the next one")
        Fixtures.press(&state, "m")
        XCTAssertEqual(state.message, "This round is recorded; r draws the next one to adjust")
        XCTAssertNil(try draft(state).marked)
    }

    func testARefusedRecordingSaysWhyAndKeepsTheProposal() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "p")
        let round = try draft(state).round
        let change = try XCTUnwrap(EditingSupport.change(Fixtures.press(&state, "s")))
        _ = reduce(&state, .saveFailed(change, SaveFailure("could not save pairings/x.json: No space left on device")))
        XCTAssertTrue(state.messageIsError)
        XCTAssertTrue(state.message?.contains("No space left on device") ?? false, state.message ?? "")
        XCTAssertNil(state.data.pairingRounds[round.id])
        XCTAssertEqual(try draft(state).round, round, "the proposal stays, to record again")
        XCTAssertTrue(screen(state).contains("not recorded"))
        XCTAssertNotNil(EditingSupport.change(Fixtures.press(&state, "s")), "s tries again")
    }

    func testTheHistoryShowsWhoPairedWithWhomAndWhenNewestFirst() throws {
        var state = Fixtures.state(width: 160, height: 60)
        Fixtures.press(&state, "p", "h")
        XCTAssertEqual(state.skillsMap?.showsPairHistory, true)
        let text = screen(state)
        let rounds = state.data.pairingRounds.values.sorted { $0.drawnAt > $1.drawnAt }
        XCTAssertFalse(rounds.isEmpty)
        var position = text.startIndex
        for round in rounds {
            let heading = try XCTUnwrap(text.range(of: "Round of \(Day(round.drawnAt, in: Fixtures.calendar))", range: position..<text.endIndex),
                                        "rounds newest first\n\(text)")
            position = heading.upperBound
            for group in round.groups {
                XCTAssertTrue(text.contains(group.members.map { state.data.name(of: $0) }.joined(separator: " + ")), text)
            }
        }
        XCTAssertFalse(text.contains("Partners for"), "the history has no partner panel")
        XCTAssertEqual(Fixtures.press(&state, "s"), [], "the history records nothing")
        XCTAssertEqual(state.message, "h goes back to the proposal to record it")
        Fixtures.press(&state, "h")
        XCTAssertEqual(state.skillsMap?.showsPairHistory, false)
        XCTAssertTrue(screen(state).contains("Partners for"))
    }

    func testTheNewPairsKeysAreBindingsOfTheOneKeymap() {
        for (key, id) in [("m", "skills.pairs.swap"), ("s", "skills.pairs.record"), ("h", "skills.pairs.history"), ("r", "skills.pairs.redraw")] {
            XCTAssertEqual(Keymap.standard.command(for: Key(spec: key)!, in: .skillsPairs), id)
            XCTAssertNil(Keymap.standard.command(for: Key(spec: key)!, in: .skills).flatMap { $0.hasPrefix("skills.pairs") ? $0 : nil },
                         "\(id) only on the pairs tab")
        }
        var state = Fixtures.state(width: 120, height: 200)
        Fixtures.press(&state, "p", "?")
        let help = screen(state)
        for id in ["skills.pairs.swap", "skills.pairs.record", "skills.pairs.history"] { XCTAssertTrue(help.contains(id), help) }
    }

    func testPairsProposalAndHistoryGoldens() {
        for (width, height) in [(120, 40), (80, 24)] {
            var state = Fixtures.state(width: width, height: height)
            Fixtures.press(&state, "p", "j", "m", "j", "j", "m", "j")
            // As the screen stands after its first idle moment (the partners are indexed then).
            Fixtures.settleIdle(&state)
            Fixtures.goldens.assertScreen(render(state), named: "skills-pairs-swapped-\(width)x\(height)")
            Fixtures.press(&state, "h", "j")
            Fixtures.goldens.assertScreen(render(state), named: "skills-pairs-history-\(width)x\(height)")
        }
    }
}
