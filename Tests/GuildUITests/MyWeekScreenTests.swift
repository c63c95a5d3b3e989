import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// The "your week" screen: opened with Y for the user of this machine, refused in one line without one, goldens.
final class MyWeekScreenTests: XCTestCase {
    private func person(_ handle: String, in data: GuildData = Fixtures.sample) -> Person {
        data.person(handle: handle)!
    }

    private func state(as handle: String?, data: GuildData = Fixtures.sample, width: Int = 120, height: Int = 40) -> AppState {
        var state = Fixtures.state(data, width: width, height: height)
        if let handle { state.identity = .found(Identity(personID: data.person(handle: handle)!.id, source: .config)) }
        return state
    }

    func testYOpensTheUsersWeekAndClosesAgain() {
        var state = state(as: "aanya")
        Fixtures.press(&state, "Y")
        guard case .myWeek(let week)? = state.programmeScreen else { return XCTFail("Y opens your week") }
        XCTAssertEqual(week.week, MyWeek(person: person("aanya").id, in: Fixtures.sample, now: Fixtures.now, calendar: Fixtures.calendar,
                                         horizonDays: MyWeekState.horizonDays))
        Fixtures.press(&state, "j", "pgdown", "G", "g")
        Fixtures.press(&state, "Y")
        XCTAssertNil(state.programmeScreen, "Y closes it")
        Fixtures.press(&state, "Y", "escape")
        XCTAssertNil(state.programmeScreen, "Esc closes it")
        XCTAssertFalse(state.shouldQuit)
    }

    func testWithoutIdentityTheStatusLineSaysHowToSetIt() {
        var state = state(as: nil)
        Fixtures.press(&state, "Y")
        XCTAssertNil(state.programmeScreen)
        XCTAssertTrue(state.messageIsError)
        XCTAssertTrue(state.message?.contains("guild config me HANDLE") == true, state.message ?? "")
        state.identity = .unknown("nobody in the store has your git e-mail x@y; set it with `guild config me HANDLE`")
        Fixtures.press(&state, "Y")
        XCTAssertTrue(state.message?.contains("x@y") == true, state.message ?? "")
        let text = Golden.text(of: render(state))
        XCTAssertTrue(text.contains("Your week: nobody in the store"), text)
    }

    func testTheKeyIsInTheKeymapAndCanBeRemapped() {
        XCTAssertEqual(Keymap.standard.command(for: .char("Y"), in: .home), Command.screenMyWeek.rawValue)
        let (remapped, problems) = Keymap.standard.applying(overrides: Data(#"{"screen.myWeek": ["f6"]}"#.utf8), source: "keys.json")
        XCTAssertEqual(problems, [])
        var state = Fixtures.state(keymap: remapped)
        state.identity = .found(Identity(personID: person("aanya").id, source: .gitEmail))
        Fixtures.press(&state, "f6")
        guard case .myWeek? = state.programmeScreen else { return XCTFail("the remapped key opens it") }
    }

    func testHostileTextIsEscapedAndEveryThemeAndSizeDraws() {
        var data = Fixtures.sample
        let me = person("aanya", in: data)
        var hostile = me
        hostile.name = "\u{1B}]0;pwned\u{07}Aanya\u{1B}[31m\u{202E}"
        data.upsert(hostile)
        data.upsert(ActionItem(title: "Fix \u{1B}[2J it", owner: me.id, due: Day(Fixtures.now, in: Fixtures.calendar).adding(days: -2), createdAt: Fixtures.now))
        var state = state(as: "aanya", data: data)
        Fixtures.press(&state, "Y")
        let text = Golden.text(of: render(state))
        XCTAssertFalse(text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, text)
        XCTAssertTrue(text.contains("Fix"), text)
        for theme in Fixtures.catalog.themes {
            _ = reduce(&state, .themeChanged(theme))
            XCTAssertEqual(render(state).size, Size(width: 120, height: 40))
        }
        for size in [Size(width: 40, height: 10), Size(width: 200, height: 60), Size(width: 1, height: 1)] {
            _ = reduce(&state, .resized(size))
            XCTAssertEqual(render(state).size, size)
        }
    }

    func testGoldens() {
        var wide = state(as: "mateus", width: 120, height: 40)
        Fixtures.press(&wide, "Y")
        Fixtures.goldens.assertScreen(render(wide), named: "my-week-120x40")
        var narrow = state(as: "mateus", width: 80, height: 24)
        Fixtures.press(&narrow, "Y")
        Fixtures.goldens.assertScreen(render(narrow), named: "my-week-80x24")
    }
}
