import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// Keys named in messages, questions, previews and placeholders come from the keymap: a remap in `keys.json` renames
/// them (and, for the meeting's note kinds, the key that switches the kind follows it too).
final class KeyNamesTests: XCTestCase {
    private func remapped(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> Keymap {
        let (keymap, problems) = Keymap.standard.applying(overrides: Data(json.utf8))
        XCTAssertEqual(problems, [], file: file, line: line)
        return keymap
    }

    func testTheDeleteQuestionNamesTheUndoKey() {
        let person = Fixtures.sample.people.values.min { $0.handle < $1.handle }!
        var standard = Fixtures.state()
        standard.askToDelete(kind: .person, id: person.id)
        guard case .confirm(let question)? = standard.dialog else { return XCTFail("no question") }
        XCTAssertEqual(question.detail, "Their rating history and action items stay in the store. u undoes.")
        var state = Fixtures.state(keymap: remapped(#"{"edit.undo": ["ctrl+z"]}"#))
        state.askToDelete(kind: .person, id: person.id)
        guard case .confirm(let remappedQuestion)? = state.dialog else { return XCTFail("no question") }
        XCTAssertEqual(remappedQuestion.detail, "Their rating history and action items stay in the store. C-z undoes.")
    }

    func testChoiceAndMultilinePreviewsNameTheFormKeys() {
        let keymap = remapped(#"{"form.optionNext": ["ctrl+n"], "form.optionPrevious": ["ctrl+p"], "form.editor": ["ctrl+e"]}"#)
        var context = Fixtures.state(keymap: keymap).screenContext
        let choice = FormField("format", "Format", options: ["a", "b"], selected: 0)
        let form = Form(kind: FormKind(new: .session), title: "New", fields: [choice])
        XCTAssertEqual(FieldPreview.line(for: choice, in: form, context: context)?.text, "C-p/C-n change it")
        let notes = FormField("notes", "Notes", .multiline)
        XCTAssertEqual(FieldPreview.line(for: notes, in: form, context: context)?.text, "C-e opens $EDITOR for several lines")
        context = Fixtures.state().screenContext
        XCTAssertEqual(FieldPreview.line(for: choice, in: form, context: context)?.text, "←/→ or Space change it")
    }

    func testTheNoteLinePlaceholderAndKindSwitchFollowTheKeymap() {
        XCTAssertEqual(NoteComposer(.note(.note)).placeholder(keymap: .standard), "type, Enter saves · Tab / S-Tab change the kind")
        let keymap = remapped(#"{"meeting.note.decision": ["D"], "meeting.compose.save": ["ctrl+s"], "meeting.compose.kind.next": ["ctrl+k"]}"#)
        XCTAssertEqual(NoteComposer(.note(.note)).placeholder(keymap: keymap), "type, C-s saves · C-k / S-Tab change the kind")
        var state = MeetingReducerTests.meeting(keymap: keymap)
        MeetingReducerTests.press(&state, "enter", "D")
        XCTAssertEqual(state.composer?.purpose, .note(.decision), "the remapped key opens the kind")
        MeetingReducerTests.press(&state, "D", "d")
        XCTAssertEqual(state.composer?.field.text, "Dd", "in the line every printable key is text")
        MeetingReducerTests.press(&state, "ctrl+k")
        XCTAssertEqual(state.composer?.purpose, .note(.support), "the remapped kind key changes the kind")
    }
}
