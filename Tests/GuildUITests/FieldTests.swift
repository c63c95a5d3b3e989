import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// Editing keys in form fields (cursor, Home/End, words, deletion, paste, wide characters) and date fields against a fixed clock.
final class FieldTests: XCTestCase {
    private func field(_ text: String = "", _ kind: FormField.Kind = .text) -> FormField {
        FormField("f", "Field", kind, text: text)
    }

    private func press(_ field: inout FormField, _ keys: Key...) {
        for key in keys { XCTAssertTrue(field.handle(key), "\(key)") }
    }

    func testCursorHomeEndAndWordMotions() {
        var f = field("fix the flaky build")
        press(&f, .home)
        XCTAssertEqual(f.input.cursor, 0)
        press(&f, .alt("f"))
        XCTAssertEqual(f.input.cursor, 3)
        press(&f, .alt("f"), .alt("f"))
        XCTAssertEqual(f.input.cursor, 13)
        press(&f, .alt("b"))
        XCTAssertEqual(f.input.cursor, 8)
        press(&f, .end)
        XCTAssertEqual(f.input.cursor, 19)
        press(&f, .ctrl("w"))
        XCTAssertEqual(f.value, "fix the flaky ")
        press(&f, .ctrl("a"), .delete)
        XCTAssertEqual(f.value, "ix the flaky ")
        press(&f, .right, .right, .char("X"))
        XCTAssertEqual(f.value, "ixX the flaky ")
        press(&f, .ctrl("e"), .backspace, .ctrl("u"))
        XCTAssertEqual(f.value, "")
    }

    func testWideCharactersEmojiAndCombiningMarks() {
        var f = field()
        press(&f, .char("日"), .char("本"), .char("🎉"), .char(" "), .char("e"), .char("\u{301}"))
        XCTAssertEqual(f.value, "日本🎉 é")
        XCTAssertEqual(f.input.characters.count, 5, "the accent joins its letter")
        press(&f, .backspace)
        XCTAssertEqual(f.value, "日本🎉 ")
        press(&f, .left, .left, .backspace)
        XCTAssertEqual(f.value, "日🎉 ")
        press(&f, .alt("b"))
        XCTAssertEqual(f.input.cursor, 0)
        // Drawn in a narrow box the cursor stays in view, never splitting a wide glyph.
        var long = field(String(repeating: "日本", count: 20))
        press(&long, .end)
        let spans = FieldText.spans(long.input, width: 9, cursorStyle: Style(attributes: .reverse))
        XCTAssertLessThanOrEqual(spans.width, 9)
        XCTAssertEqual(spans.map(\.text).joined().last, " ", "the cursor cell after the text")
    }

    func testBracketedPasteInsertsOneLine() {
        var f = field("Fix ")
        press(&f, .paste("the\nflaky\ttests\u{1B}[31m"))
        XCTAssertEqual(f.value.hasPrefix("Fix the flaky tests"), true)
        XCTAssertFalse(f.value.contains("\n"))
        XCTAssertFalse(f.value.unicodeScalars.contains { $0 == "\u{1B}" })
    }

    func testPasteIntoAFormThroughTheReducer() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "a")
        _ = reduce(&state, .key(.paste("Rotate keys @zoe due:+3d")))
        guard case .quickAdd(let bar)? = state.dialog else { return XCTFail() }
        XCTAssertEqual(bar.field.text, "Rotate keys @zoe due:+3d")
        XCTAssertTrue(EditingSupport.screen(state).contains("Wed 25 Nov 2026 (in 3 days)"))
    }

    private func preview(_ text: String, time: Bool) -> (text: String, role: ThemeRole)? {
        let state = Fixtures.state()
        let f = field(text, .date(time: time))
        let form = Form(kind: FormKind(new: .action), fields: [f])
        return FieldPreview.line(for: f, in: form, context: state.screenContext)
    }

    func testDateFieldsResolveLiveAgainstAFixedClock() {
        // Fixtures.now is Sunday 2026-11-22 10:00 in Berlin.
        XCTAssertEqual(preview("2026-12-04 14:00", time: true)?.text, "→ Fri 4 Dec 2026 14:00 (in 12 days)")
        XCTAssertEqual(preview("fri 14:00", time: true)?.text, "→ Fri 27 Nov 2026 14:00 (in 5 days)")
        XCTAssertEqual(preview("tomorrow", time: false)?.text, "→ Mon 23 Nov 2026 (tomorrow)")
        XCTAssertEqual(preview("+3d", time: false)?.text, "→ Wed 25 Nov 2026 (in 3 days)")
        // Weeks start on Monday in Berlin: on a Sunday, next week begins tomorrow.
        XCTAssertEqual(preview("next week", time: false)?.text, "→ Mon 23 Nov 2026 (tomorrow)")
        XCTAssertEqual(preview("today", time: false)?.role, .accent)
        let past = preview("2026-11-01", time: false)
        XCTAssertEqual(past?.text, "→ Sun 1 Nov 2026 (21 days ago) ⚠ in the past")
        XCTAssertEqual(past?.role, .warning)
        let bad = preview("someday", time: false)
        XCTAssertEqual(bad?.role, .warning)
        XCTAssertTrue(bad?.text.contains("is not a date I know") ?? false)
    }

    func testDueDateIsReadAsADay() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "3", "n")
        EditingSupport.type(&state, "Book the room")
        EditingSupport.fill(&state, field: "due", with: "next month")
        let effects = Fixtures.press(&state, "enter")
        guard let item = EditingSupport.change(effects)?.after?.as(ActionItem.self) else { return XCTFail("\(effects)") }
        XCTAssertEqual(item.due, Day(year: 2026, month: 12, day: 1))
    }
}
