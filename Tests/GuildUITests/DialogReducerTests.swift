import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// The dialog layer's own reducer, on `Dialog?` alone (no `AppState`): forms, quick add, the palette, pickers and
/// questions. A save is handed over (`.commit`) and the dialog waits for the store's answer; ids come from the
/// environment's source, the clock from its `now`.
final class DialogReducerTests: XCTestCase {
    /// The environment the reducer changes (its id source), kept across the actions of one test.
    private final class Environment {
        var value = DialogEnvironment(data: Fixtures.sample, now: Fixtures.now, calendar: Fixtures.calendar, keymap: .standard,
                                      themes: ["dark", "light"], ids: IDSource(seed: 0))
    }

    private func store(_ dialog: Dialog?, _ environment: Environment) -> TestStore<Dialog?, DialogAction, DialogEffect> {
        TestStore(initialState: dialog) { dialog, action in Dialog.reduce(&dialog, action, in: &environment.value) }
    }

    private var zoe: Person { EditingSupport.person("zoe") }

    func testAQuestionSendsItsChangeOnYesAndKeepsEverythingOnNo() {
        let environment = Environment()
        let change = RecordChange(before: RecordValue(zoe), after: nil)
        let question = ConfirmDialog(question: "Delete Zoë?", detail: "u undoes.", change: change)
        let yes = store(.confirm(question), environment)
        yes.send(.keyPressed(.char("x")))
        yes.send(.keyPressed(.char("y"))) { $0 = nil }
        yes.receive(.commit(change))
        let no = store(.confirm(question), environment)
        no.send(.keyPressed(.escape)) { $0 = nil }
        no.receive(.notice("Kept it", isError: false))
    }

    func testQuickAddSendsTheItemWithTheEnvironmentsNextIDAndWaitsForTheStore() throws {
        let environment = Environment()
        var bar = QuickAddBar(sessionID: nil)
        bar.field = TextField(text: "Fix flaky CI @zoe #ci")
        let store = store(.quickAdd(bar), environment)
        let item = ActionItem(id: IDSource(seed: 0).peek(), title: "Fix flaky CI", owner: zoe.id, tag: "ci", createdAt: Fixtures.now)
        let change = RecordChange(before: nil, after: RecordValue(item))
        var saving = bar
        saving.isSaving = true
        store.send(.keyPressed(.enter)) { $0 = .quickAdd(saving) }
        store.receive(.commit(change))
        XCTAssertEqual(environment.value.ids.count, 1, "the id came from the environment's source")
        store.send(.keyPressed(.char("z")))
        let refusal = SaveRefusal(change: change, failure: SaveFailure("actions is read-only"), verb: "Not saved", what: "“Fix flaky CI”")
        store.send(.saveRefused(refusal)) {
            var kept = bar
            kept.error = refusal.reason
            $0 = .quickAdd(kept)
        }
        store.send(.keyPressed(.enter)) { $0 = .quickAdd(saving) }
        store.receive("the same item with the next id") { effect in
            guard case .commit(let again) = effect, let sent = again.after?.as(ActionItem.self) else { return false }
            return sent.id != item.id && sent.title == item.title
        }
        store.send(.saveConfirmed(change)) { $0 = nil }
    }

    func testQuickAddNamesAHandleNobodyHas() {
        let environment = Environment()
        var bar = QuickAddBar(sessionID: nil)
        bar.field = TextField(text: "Write it up @nobodyhere")
        let store = store(.quickAdd(bar), environment)
        store.send(.keyPressed(.enter)) {
            bar.error = "nobody has the handle @nobodyhere" + QuickAddBar.didYouMean("nobodyhere", data: Fixtures.sample)
            $0 = .quickAdd(bar)
        }
    }

    func testAFormWaitsForTheStoreAndARefusalKeepsWhatWasTyped() throws {
        let environment = Environment()
        let opened = try XCTUnwrap(Dialog.editing(kind: .person, id: zoe.id, in: environment.value))
        guard case .form(let form) = opened else { return XCTFail("not a form: \(opened)") }
        let store = store(opened, environment)
        var typed = form
        var field = try XCTUnwrap(typed.focused)
        XCTAssertTrue(field.handle(.char("!")))
        typed.fields[typed.focus] = field
        store.send(.keyPressed(.char("!"))) { $0 = .form(typed) }
        var saving = typed
        saving.isSaving = true
        store.send(.keyPressed(.enter)) { $0 = .form(saving) }
        store.receive("the edit, against the version the form was opened from") { effect in
            guard case .commit(let change) = effect else { return false }
            return change.before == RecordValue(self.zoe) && change.after?.as(Person.self)?.name == self.zoe.name + "!"
                && change.after?.record.updatedAt == Fixtures.now
        }
        store.send(.keyPressed(.char("?")))
        let refusal = SaveRefusal(change: RecordChange(before: RecordValue(zoe), after: nil), failure: SaveFailure("read-only"),
                                  verb: "Not saved", what: "Zoë")
        store.send(.saveRefused(refusal)) {
            var kept = typed
            kept.error = FieldError(field: "", refusal.reason)
            $0 = .form(kept)
        }
    }

    func testAnUnchangedFormClosesWithoutSavingAndTextFromTheEditorFillsItsField() throws {
        let environment = Environment()
        let opened = try XCTUnwrap(Dialog.editing(kind: .person, id: zoe.id, in: environment.value))
        guard case .form(var form) = opened else { return XCTFail("not a form: \(opened)") }
        form.editingField = 1
        let store = store(.form(form), environment)
        store.send(.textEdited("Staff engineer")) {
            var filled = form
            filled.fields[1].setValue("Staff engineer")
            filled.editingField = nil
            $0 = .form(filled)
        }
        let unchanged = self.store(opened, environment)
        unchanged.send(.keyPressed(.enter)) { $0 = nil }
        unchanged.receive(.notice("No changes to save", isError: false))
    }

    func testThePaletteRunsABindingOrOpensAPickerThatOpensTheRecordsForm() throws {
        let environment = Environment()
        let keymap = environment.value.keymap
        var palette = Palette(origin: .home, screen: .dashboard)
        let matches = palette.matches(keymap: keymap, themes: environment.value.themes)
        palette.selected = try XCTUnwrap(matches.firstIndex { $0.run == .binding(Command.appQuit.rawValue) })
        let quit = store(.palette(palette), environment)
        quit.send(.keyPressed(.enter)) { $0 = nil }
        quit.receive(.runBinding(Command.appQuit.rawValue))

        palette.selected = try XCTUnwrap(matches.firstIndex { $0.run == .edit(.person) })
        let edit = store(.palette(palette), environment)
        let picker = RecordPicker(kind: .person, purpose: .edit)
        edit.send(.keyPressed(.enter)) { $0 = .picker(picker) }
        let first = try XCTUnwrap(picker.matches(data: Fixtures.sample, calendar: Fixtures.calendar).first)
        edit.send(.keyPressed(.enter)) { $0 = Dialog.editing(kind: .person, id: first.id, in: environment.value) }

        palette.selected = try XCTUnwrap(matches.firstIndex { $0.run == .theme("light") })
        let theme = store(.palette(palette), environment)
        theme.send(.keyPressed(.enter)) { $0 = nil }
        theme.receive(.selectTheme("light"))
    }
}
