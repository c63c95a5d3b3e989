import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// Setting levels and interest in the skills matrix: saved at once, shown only after the store confirms, kept in the dated history.
final class MatrixEditingTests: XCTestCase {
    private func cellRating(_ state: AppState) -> SkillRating? {
        guard let (person, skill) = state.matrixCell else { return nil }
        return state.data.ratingSheets[person.id]?.current[skill.id]
    }

    func testALevelKeyAsksTheStoreFirstAndShowsTheChangeOnlyWhenSaved() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "2", "j", "l")
        let (person, skill) = try XCTUnwrap(state.matrixCell)
        let before = state.data.ratingSheets[person.id]
        let historyBefore = before?.history(of: skill.id).count ?? 0
        let target: SkillLevel = cellRating(state)?.level == .expert ? .learning : .expert
        let effects = Fixtures.press(&state, target == .expert ? "4" : "1")

        // 1. The reducer asks for a durable save and shows it as pending; the data is untouched.
        XCTAssertEqual(effects.count, 1)
        guard let sheet = EditingSupport.change(effects)?.after?.as(RatingSheet.self) else { return XCTFail("expected a save: \(effects)") }
        XCTAssertEqual(sheet.current[skill.id]?.level, target)
        XCTAssertEqual(sheet.history(of: skill.id).count, historyBefore + 1, "a new dated entry in the history")
        XCTAssertEqual(state.data.ratingSheets[person.id], before)
        XCTAssertEqual(state.pending.count, 1)
        XCTAssertEqual(state.message, "Saving…")
        XCTAssertTrue(EditingSupport.screen(state).contains("Saving…"))
        XCTAssertEqual(state.history.undoable.count, 0)

        // 2. The runtime reports it saved: now it shows, with "Saved" on the status line.
        _ = reduce(&state, .saved(try XCTUnwrap(EditingSupport.change(effects)), stored: RecordValue(sheet)))
        XCTAssertEqual(cellRating(state)?.level, target)
        XCTAssertEqual(state.pending, [])
        XCTAssertEqual(state.message, "Saved \(person.name) · \(skill.name) → \(AppState.describe(sheet.current[skill.id]!))")
        XCTAssertTrue(EditingSupport.screen(state).contains("Saved \(person.name)"))
        XCTAssertEqual(state.history.undoable.count, 1)
    }

    func testDigitsSetEveryLevelInTheMatrixButFocusPanesElsewhere() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "2")
        for (key, level) in [("0", SkillLevel.none), ("1", .learning), ("2", .working), ("3", .proficient), ("4", .expert)] {
            EditingSupport.pressSaving(&state, key)
            XCTAssertEqual(cellRating(state)?.level, level, key)
            XCTAssertEqual(state.focus, .matrix, "in the matrix \(key) sets a level")
        }
        Fixtures.press(&state, "tab")
        Fixtures.press(&state, "1")
        XCTAssertEqual(state.focus, .sessions, "outside the matrix 1 focuses the sessions pane")
    }

    func testInterestCyclesThroughFourStates() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "2", "l")
        var seen: [String] = []
        for _ in 0..<4 {
            EditingSupport.pressSaving(&state, "i")
            let rating = try XCTUnwrap(cellRating(state))
            seen.append("\(rating.wantsToLearn ? "L" : "-")\(rating.happyToTeach ? "T" : "-")")
        }
        let start = seen.firstIndex(of: "--") ?? 0
        XCTAssertEqual(Set(seen), ["L-", "-T", "LT", "--"])
        let order = (0..<4).map { seen[(start + 1 + $0) % 4] }
        XCTAssertEqual(order, ["L-", "-T", "LT", "--"], "none → wants to learn → happy to teach → both → none")
    }

    func testSameLevelAgainIsNotAChange() {
        var state = Fixtures.state()
        Fixtures.press(&state, "2")
        EditingSupport.pressSaving(&state, "3")
        let effects = Fixtures.press(&state, "3")
        XCTAssertEqual(effects, [])
        XCTAssertTrue(state.message?.contains("already") ?? false)
    }

    func testAFailedSaveLeavesTheMatrixAsItWasAndSaysWhy() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "2", "l")
        let before = cellRating(state)
        let effects = Fixtures.press(&state, before?.level == .expert ? "1" : "4")
        guard let change = EditingSupport.change(effects) else { return XCTFail() }
        _ = reduce(&state, .saveFailed(change, SaveFailure("the store is read-only: guild.json was written by a newer Guild")))
        XCTAssertEqual(cellRating(state), before)
        XCTAssertEqual(state.pending, [])
        XCTAssertTrue(state.messageIsError)
        // The status line names the record (the cell's person and skill) and the reason.
        XCTAssertEqual(state.message, "Not saved: \(change.summary ?? "") — the store is read-only: guild.json was written by a newer Guild")
        XCTAssertTrue(change.summary?.hasPrefix(try XCTUnwrap(state.matrixCell).person.name) ?? false, change.summary ?? "")
        XCTAssertEqual(state.history.undoable.count, 0, "a failed change cannot be undone: it never happened")
    }

    func testUndoAndRedoALevelChange() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "2", "j", "j")
        let (person, _) = try XCTUnwrap(state.matrixCell)
        let original = state.data.ratingSheets[person.id]
        let target = cellRating(state)?.level == .expert ? "0" : "4"
        EditingSupport.pressSaving(&state, target)
        let changed = state.data.ratingSheets[person.id]
        XCTAssertNotEqual(changed?.ratings, original?.ratings)

        let undo = Fixtures.press(&state, "u")
        guard let restored = EditingSupport.change(undo)?.after?.as(RatingSheet.self) else { return XCTFail("undo saves: \(undo)") }
        XCTAssertEqual(restored.ratings, original?.ratings)
        EditingSupport.confirm(&state, undo)
        XCTAssertEqual(state.data.ratingSheets[person.id]?.ratings, original?.ratings)
        XCTAssertTrue(state.message?.hasPrefix("Undone:") ?? false, state.message ?? "")
        XCTAssertEqual(state.history.redoable.count, 1)

        EditingSupport.pressSaving(&state, "ctrl+r")
        XCTAssertEqual(state.data.ratingSheets[person.id]?.ratings, changed?.ratings)
        XCTAssertEqual(state.history.undoable.count, 1)
        XCTAssertEqual(state.history.redoable.count, 0)
        Fixtures.press(&state, "ctrl+r")
        XCTAssertEqual(state.message, "Nothing to redo")
    }

    func testBackspaceDeletesTheLatestRatingAfterAskingAndUndoBringsItBack() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "2")
        // Find a rated cell.
        for _ in 0..<20 where cellRating(state) == nil { Fixtures.press(&state, "l") }
        let (person, skill) = try XCTUnwrap(state.matrixCell)
        let original = try XCTUnwrap(state.data.ratingSheets[person.id])
        XCTAssertEqual(Fixtures.press(&state, "backspace"), [])
        guard case .confirm? = state.dialog else { return XCTFail("asks first") }
        XCTAssertTrue(EditingSupport.screen(state).contains("Delete?"))
        Fixtures.press(&state, "n")
        XCTAssertNil(state.dialog)
        XCTAssertEqual(state.data.ratingSheets[person.id], original)

        Fixtures.press(&state, "backspace")
        EditingSupport.pressSaving(&state, "y")
        XCTAssertEqual(state.data.ratingSheets[person.id]?.ratings.count, original.ratings.count - 1)
        XCTAssertNotEqual(state.data.ratingSheets[person.id]?.current[skill.id], original.current[skill.id])
        EditingSupport.pressSaving(&state, "u")
        XCTAssertEqual(state.data.ratingSheets[person.id]?.ratings, original.ratings)
    }

    func testStatusHintsInTheMatrixShowTheEditingKeys() {
        var state = Fixtures.state()
        Fixtures.press(&state, "2")
        let hints = state.keymap.hints(for: state.keyContext).map { "\($0.key) \($0.label)" }
        XCTAssertEqual(Array(hints.prefix(2)), ["0–4 level", "i interest"])
    }
}
