import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// Quick add from anywhere, and done / drop / reassign / edit / delete in the action items pane.
final class ActionEditingTests: XCTestCase {
    func testQuickAddShowsWhatItUnderstoodAndSavesOnEnter() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "a")
        guard case .quickAdd? = state.dialog else { return XCTFail("a opens quick add") }
        EditingSupport.type(&state, "Fix flaky CI @zoe due:fri #ci")
        let screen = EditingSupport.screen(state)
        XCTAssertTrue(screen.contains("Fix flaky CI @zoe due:fri #ci"), screen)
        XCTAssertTrue(screen.contains("Zoë Ångström"), "owner's name shown live:\n\(screen)")
        XCTAssertTrue(screen.contains("Fri 27 Nov 2026 (in 5 days)"), "due day resolved live:\n\(screen)")
        XCTAssertTrue(screen.contains("#ci"), screen)

        let effects = Fixtures.press(&state, "enter")
        guard let item = EditingSupport.change(effects)?.after?.as(ActionItem.self) else { return XCTFail("Enter saves: \(effects)") }
        XCTAssertEqual(item.title, "Fix flaky CI")
        XCTAssertEqual(item.owner, EditingSupport.person("zoe").id)
        XCTAssertEqual(item.due, Day(year: 2026, month: 11, day: 27))
        XCTAssertEqual(item.tag, "ci")
        XCTAssertNil(state.data.actions[item.id], "not shown before the store confirms")
        guard case .quickAdd(let bar)? = state.dialog, bar.isSaving else { return XCTFail("the bar waits for the save") }

        _ = reduce(&state, .saved(try XCTUnwrap(EditingSupport.change(effects)), stored: RecordValue(item)))
        XCTAssertNil(state.dialog)
        XCTAssertEqual(state.data.actions[item.id], item)
        XCTAssertEqual(state.message, "Saved new action item “Fix flaky CI”")
        XCTAssertEqual(state.focus, .sessions, "focus stays; the new item is selected in its pane")
        XCTAssertEqual(state.shownActions[state.cursor(.actions).row].id, item.id)
    }

    func testQuickAddFromASessionDetailLinksTheSession() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "enter")
        guard case .detail(.session(let sessionID, _), _)? = state.overlay else { return XCTFail() }
        Fixtures.press(&state, "a")
        EditingSupport.type(&state, "Send the slides")
        let effects = Fixtures.press(&state, "enter")
        guard let item = EditingSupport.change(effects)?.after?.as(ActionItem.self) else { return XCTFail() }
        XCTAssertEqual(item.sessionID, sessionID)
    }

    func testQuickAddErrorsKeepTheText() {
        var state = Fixtures.state()
        Fixtures.press(&state, "a")
        EditingSupport.type(&state, "Ping legal @zoee due:fri")
        XCTAssertTrue(EditingSupport.screen(state).contains("did you mean @zoe"))
        XCTAssertEqual(Fixtures.press(&state, "enter"), [])
        guard case .quickAdd(let bar)? = state.dialog else { return XCTFail() }
        XCTAssertEqual(bar.field.text, "Ping legal @zoee due:fri")
        XCTAssertTrue(bar.error?.contains("nobody has the handle @zoee") ?? false, bar.error ?? "")
        XCTAssertTrue(EditingSupport.screen(state).contains("✗ nobody has the handle @zoee"))

        // A refused save keeps the text too.
        Fixtures.press(&state, "ctrl+u")
        EditingSupport.type(&state, "Ping legal @zoe due:fri")
        let effects = Fixtures.press(&state, "enter")
        guard let change = EditingSupport.change(effects) else { return XCTFail("\(effects)") }
        _ = reduce(&state, .saveFailed(change, SaveFailure("could not save actions/x.json: No space left on device")))
        guard case .quickAdd(let kept)? = state.dialog else { return XCTFail() }
        XCTAssertEqual(kept.field.text, "Ping legal @zoe due:fri")
        XCTAssertFalse(kept.isSaving)
        XCTAssertTrue(state.messageIsError)
    }

    func testQuickAddTabOpensTheFullFormWithWhatWasTyped() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "a")
        EditingSupport.type(&state, "Write ADR @noah due:+3d #arch")
        Fixtures.press(&state, "tab")
        let form = try XCTUnwrap(EditingSupport.form(state))
        XCTAssertEqual(form.field("title")?.value, "Write ADR")
        XCTAssertEqual(form.field("owner")?.value, "@noah")
        XCTAssertEqual(form.field("due")?.value, "2026-11-25")
        XCTAssertEqual(form.field("tag")?.value, "#arch")
    }

    func testDoneDropAndUndo() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "3")
        let first = state.shownActions[0]
        let effects = Fixtures.press(&state, "x")
        guard let done = EditingSupport.change(effects)?.after?.as(ActionItem.self) else { return XCTFail() }
        XCTAssertEqual(done.status, .done)
        XCTAssertEqual(done.completedAt, Fixtures.now)
        XCTAssertEqual(state.shownActions[0].id, first.id, "still open until saved")
        EditingSupport.confirm(&state, effects)
        XCTAssertFalse(state.shownActions.contains { $0.id == first.id })
        XCTAssertEqual(state.data.actions[first.id]?.status, .done)

        EditingSupport.pressSaving(&state, "u")
        XCTAssertEqual(state.data.actions[first.id]?.status, .open)
        XCTAssertTrue(state.shownActions.contains { $0.id == first.id })

        Fixtures.press(&state, "g")
        let second = state.shownActions[0]
        EditingSupport.pressSaving(&state, "d")
        XCTAssertEqual(state.data.actions[second.id]?.status, .dropped)
        EditingSupport.pressSaving(&state, "space")
        XCTAssertEqual(state.history.undoable.count, 2, "space toggles done too")
    }

    func testReassignOpensAPersonPickerWithFuzzyCompletion() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "3")
        let item = state.shownActions[0]
        Fixtures.press(&state, "r")
        let form = try XCTUnwrap(EditingSupport.form(state))
        XCTAssertEqual(form.fields.map(\.id), ["owner"])
        XCTAssertEqual(state.keyContext, .formPicker)
        Fixtures.press(&state, "ctrl+u")
        EditingSupport.type(&state, "ingr")
        let screen = EditingSupport.screen(state)
        XCTAssertTrue(screen.contains("Ingrid Løvstad @ingrid"), "suggestions while typing:\n\(screen)")
        let effects = Fixtures.press(&state, "enter")
        guard let updated = EditingSupport.change(effects)?.after?.as(ActionItem.self) else { return XCTFail("\(effects)") }
        XCTAssertEqual(updated.owner, EditingSupport.person("ingrid").id, "Enter completes the name typed")
        XCTAssertEqual(updated.title, item.title)
        EditingSupport.confirm(&state, effects)
        XCTAssertNil(state.dialog)
        XCTAssertEqual(state.data.actions[item.id]?.owner, EditingSupport.person("ingrid").id)
    }

    func testPickerArrowsChooseAmongSuggestions() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "3", "r", "ctrl+u")
        EditingSupport.type(&state, "a")
        let form = try XCTUnwrap(EditingSupport.form(state))
        let suggestions = Completion.suggestions(for: form.focused!, data: state.data)
        XCTAssertGreaterThan(suggestions.count, 1)
        Fixtures.press(&state, "down")
        let effects = Fixtures.press(&state, "enter")
        guard let updated = EditingSupport.change(effects)?.after?.as(ActionItem.self) else { return XCTFail() }
        XCTAssertEqual(updated.owner, suggestions[1].id)
    }

    func testEditFormDueDateInThePastIsWarnedNotRefused() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "3", "e")
        EditingSupport.fill(&state, field: "due", with: "2026-11-01")
        XCTAssertTrue(EditingSupport.screen(state).contains("in the past"))
        let effects = Fixtures.press(&state, "enter")
        guard let item = EditingSupport.change(effects)?.after?.as(ActionItem.self) else { return XCTFail("\(effects)") }
        XCTAssertEqual(item.due, Day(year: 2026, month: 11, day: 1))
    }

    func testDeleteAsksAndUndoRestores() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "3")
        let item = state.shownActions[0]
        Fixtures.press(&state, "D")
        guard case .confirm(let question)? = state.dialog else { return XCTFail() }
        XCTAssertTrue(question.question.contains(item.title))
        XCTAssertEqual(Fixtures.press(&state, "escape"), [])
        XCTAssertNil(state.dialog)
        XCTAssertNotNil(state.data.actions[item.id])

        Fixtures.press(&state, "delete")
        let effects = Fixtures.press(&state, "y")
        XCTAssertEqual(EditingSupport.change(effects)?.before, RecordValue(item), "the base is the item the question named")
        XCTAssertNil(EditingSupport.change(effects)?.after, "a delete")
        XCTAssertNotNil(state.data.actions[item.id], "still there until the store confirms")
        EditingSupport.confirm(&state, effects)
        XCTAssertNil(state.data.actions[item.id])
        XCTAssertEqual(state.message, "Deleted action item “\(item.title)” · u undoes")

        let undo = Fixtures.press(&state, "u")
        guard let restored = EditingSupport.change(undo)?.after?.as(ActionItem.self) else { return XCTFail("undo of a delete saves it again") }
        XCTAssertEqual(restored.id, item.id)
        EditingSupport.confirm(&state, undo)
        XCTAssertEqual(state.data.actions[item.id]?.title, item.title)
        let redo = Fixtures.press(&state, "ctrl+r")
        XCTAssertEqual(redo.count, 1)
        XCTAssertNil(EditingSupport.change(redo)?.after, "redo deletes again")
        guard let base = EditingSupport.change(redo)?.before?.as(ActionItem.self), base == restored else {
            return XCTFail("against the version the undo wrote: \(redo)")
        }
    }

    func testDeleteFromTheDetailViewClosesIt() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "3", "enter")
        guard case .detail(.action(let id), _)? = state.overlay else { return XCTFail() }
        Fixtures.press(&state, "D")
        EditingSupport.pressSaving(&state, "y")
        XCTAssertNil(state.data.actions[id])
        XCTAssertNil(state.overlay)
    }
}
