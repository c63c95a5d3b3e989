import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// Every change a screen sends carries its base: a form the record it was opened from, undo the version its edit
/// wrote. A refused save keeps the form open on the disk's version with both values of each field changed on both sides.
final class SaveBaseTests: XCTestCase {
    /// Opens "Edit person" on the matrix's first person.
    private func editFirstPerson(_ state: inout AppState) throws -> Person {
        Fixtures.press(&state, "2", "e")
        return try XCTUnwrap(state.matrixCell?.person)
    }

    func testAFormSavesAgainstTheRecordItWasOpenedFromNotTheVersionAtSaveTime() throws {
        var state = Fixtures.state()
        let person = try editFirstPerson(&state)
        // A teammate's change arrives while the form is open.
        var data = state.data
        var theirs = person
        theirs.team = "Moved by a teammate"
        data.upsert(theirs)
        _ = reduce(&state, .storeReloaded(data, problems: []))
        EditingSupport.fill(&state, field: "role", with: "SRE")
        let effects = Fixtures.press(&state, "enter")
        let change = try XCTUnwrap(EditingSupport.change(effects))
        XCTAssertEqual(change.before, RecordValue(person), "the base is the record the form was opened from")
        guard let mine = change.after?.as(Person.self) else { return XCTFail("\(effects)") }
        XCTAssertEqual(mine.role, "SRE")
        XCTAssertEqual(mine.team, person.team, "the form never touched the team: the change leaves it to the store's merge")
        // Nothing shows as done until the store acknowledges it.
        XCTAssertEqual(state.message, "Saving…")
        XCTAssertEqual(state.data.people[person.id], theirs)
        XCTAssertEqual(state.history.undoable, [])
        XCTAssertEqual(EditingSupport.form(state)?.isSaving, true)
    }

    func testAConflictMovesTheFormOntoTheDiskVersionKeepingWhatWasTyped() throws {
        var state = Fixtures.state()
        let person = try editFirstPerson(&state)
        EditingSupport.fill(&state, field: "role", with: "SRE")
        EditingSupport.fill(&state, field: "name", with: person.name + " (mine)")
        let change = try XCTUnwrap(EditingSupport.change(Fixtures.press(&state, "enter")))
        var theirs = person
        theirs.role = "Lead"
        theirs.team = "Platform"
        theirs.name = person.name + " (mine)"
        let conflict = SaveConflict(theirs: RecordValue(theirs), fields: [SaveConflict.Field(name: "role", mine: "\"SRE\"", theirs: "\"Lead\"")])
        _ = reduce(&state, .saveFailed(change, SaveFailure("people/x.json was changed elsewhere", conflict: conflict)))
        let form = try XCTUnwrap(EditingSupport.form(state))
        XCTAssertEqual(form.kind, FormKind(editing: RecordValue(theirs)), "the next save goes against the version on disk now")
        XCTAssertEqual(form.field("role")?.value, "SRE", "what was typed stays")
        XCTAssertEqual(form.field("team")?.value, "Platform", "a field left alone shows the disk's value")
        XCTAssertEqual(form.field("name")?.value, person.name + " (mine)", "the same value on both sides is no conflict")
        XCTAssertEqual(form.conflicts, [FormConflict(fieldID: "role", label: "Role", yours: "SRE", theirs: "Lead")])
        XCTAssertTrue(state.messageIsError)
        XCTAssertEqual(state.pending, [])

        // Keep mine: the change now goes from the disk's version to mine.
        let again = try XCTUnwrap(EditingSupport.change(Fixtures.press(&state, "enter")))
        XCTAssertEqual(again.before, RecordValue(theirs))
        guard let mine = again.after?.as(Person.self) else { return XCTFail() }
        XCTAssertEqual([mine.role, mine.team], ["SRE", "Platform"])
    }

    func testTakeTheirsOnTheFocusedConflictOnlyOrOnAll() throws {
        var state = Fixtures.state()
        let person = try editFirstPerson(&state)
        EditingSupport.fill(&state, field: "role", with: "SRE")
        EditingSupport.fill(&state, field: "team", with: "Payments")
        let change = try XCTUnwrap(EditingSupport.change(Fixtures.press(&state, "enter")))
        var theirs = person
        theirs.role = "Lead"
        theirs.team = "Platform"
        _ = reduce(&state, .saveFailed(change, SaveFailure("changed", conflict: SaveConflict(theirs: RecordValue(theirs), fields: []))))
        XCTAssertEqual(EditingSupport.form(state)?.conflicts.map(\.fieldID), ["team", "role"])
        EditingSupport.focus(&state, field: "role")
        Fixtures.press(&state, "ctrl+t")
        XCTAssertEqual(EditingSupport.form(state)?.field("role")?.value, "Lead")
        XCTAssertEqual(EditingSupport.form(state)?.field("team")?.value, "Payments", "only the focused field")
        EditingSupport.focus(&state, field: "email")
        Fixtures.press(&state, "ctrl+t")
        XCTAssertEqual(EditingSupport.form(state)?.field("team")?.value, "Platform", "away from a conflict: every one left")
        XCTAssertEqual(EditingSupport.form(state)?.conflicts, [])
        XCTAssertEqual(Fixtures.press(&state, "enter"), [], "nothing of mine is left to save")
        XCTAssertEqual(state.message, "No changes to save")
    }

    func testUndoAndRedoAreTheInverseOfTheChangeAsSentNotOfTheMergedFile() throws {
        var state = Fixtures.state()
        let person = try editFirstPerson(&state)
        EditingSupport.fill(&state, field: "team", with: "Platform")
        let change = try XCTUnwrap(EditingSupport.change(Fixtures.press(&state, "enter")))
        // The store merged in a teammate's role.
        guard var stored = change.after?.as(Person.self) else { return XCTFail() }
        stored.role = "SRE"
        _ = reduce(&state, .saved(change, stored: RecordValue(stored)))
        XCTAssertEqual(state.data.people[person.id], stored, "the screen shows what the file holds")
        XCTAssertEqual(state.history.undoable, [change])

        let undo = try XCTUnwrap(EditingSupport.change(Fixtures.press(&state, "u")))
        XCTAssertEqual(undo.origin, .undo)
        XCTAssertEqual(undo.before, change.after, "from the version this edit wrote")
        guard let target = undo.after?.as(Person.self) else { return XCTFail() }
        XCTAssertEqual(target.team, person.team)
        XCTAssertEqual(target.role, person.role, "the teammate's role is not part of the change: the store keeps theirs")
        EditingSupport.confirm(&state, [.save(undo)])

        let redo = try XCTUnwrap(EditingSupport.change(Fixtures.press(&state, "ctrl+r")))
        XCTAssertEqual(redo.before, undo.after, "from the version the undo wrote")
        guard let again = redo.after?.as(Person.self) else { return XCTFail() }
        XCTAssertEqual(again.team, "Platform")
    }

    func testARefusedUndoStaysUndoableAndSaysWhy() throws {
        var state = Fixtures.state()
        _ = try editFirstPerson(&state)
        EditingSupport.fill(&state, field: "team", with: "Platform")
        EditingSupport.pressSaving(&state, "enter")
        let undo = try XCTUnwrap(EditingSupport.change(Fixtures.press(&state, "u")))
        _ = reduce(&state, .saveFailed(undo, SaveFailure("people/x.json was changed elsewhere since it was loaded, in the same fields (team); not saved")))
        XCTAssertTrue(state.message?.hasPrefix("Not undone: ") ?? false, state.message ?? "")
        XCTAssertTrue(state.messageIsError)
        XCTAssertEqual(state.history.undoable.count, 1)
        XCTAssertEqual(state.history.redoable.count, 0)
    }
}
