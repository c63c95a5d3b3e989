import Foundation
import GuildCore
import TerminalGrid
@testable import GuildUI
import XCTest

/// Legible from the back of the room: every colour pair the real screens draw, in every built-in theme, meets WCAG contrast.
///
/// The screens are rendered (dashboard, help, skills map, and the meeting in review, running, warning, overtime,
/// paused, a round, wrap-up and the note-taker's view) and every cell holding a visible glyph is checked:
/// text ≥ 4.5:1, the big timer's digits ≥ 7:1, line-drawing (borders, rules) ≥ 3:1 as WCAG asks of non-text graphics.
final class LegibilityTests: XCTestCase {
    /// A rendered screen and where (if anywhere) its big timer digits are.
    private struct Screen {
        let name: String
        let grid: Grid
        let isMeeting: Bool
    }

    private func screens(in theme: Theme) -> [Screen] {
        var result: [Screen] = []
        for (width, height) in [(120, 40), (80, 24)] {
            var home = Fixtures.state(width: width, height: height)
            home.theme = theme
            result.append(Screen(name: "home \(width)x\(height)", grid: render(home), isMeeting: false))
            var help = home
            Fixtures.press(&help, "?")
            result.append(Screen(name: "help \(width)x\(height)", grid: render(help), isMeeting: false))
            var skills = home
            Fixtures.press(&skills, "s")
            result.append(Screen(name: "skills map \(width)x\(height)", grid: render(skills), isMeeting: false))
            Fixtures.press(&skills, "j", "l")
            result.append(Screen(name: "skills map cursor \(width)x\(height)", grid: render(skills), isMeeting: false))

            var meeting = MeetingReducerTests.meeting(width: width, height: height)
            meeting.theme = theme
            func add(_ name: String, _ state: MeetingState) {
                result.append(Screen(name: "meeting \(name) \(width)x\(height)", grid: renderMeeting(state), isMeeting: true))
            }
            add("review", meeting)
            MeetingReducerTests.press(&meeting, "right", "space")
            MeetingReducerTests.tick(&meeting, seconds: 30)
            add("running", meeting)
            var ending = meeting
            MeetingReducerTests.tick(&ending, seconds: 250)
            add("ending", ending)
            MeetingReducerTests.tick(&meeting, seconds: 300)
            add("warning", meeting)
            MeetingReducerTests.tick(&meeting, seconds: 60)
            add("overtime", meeting)
            var paused = meeting
            MeetingReducerTests.press(&paused, "space")
            add("paused overtime", paused)
            var round = MeetingReducerTests.meeting(width: width, height: height)
            round.theme = theme
            MeetingReducerTests.press(&round, "right", "space", "]")
            MeetingReducerTests.tick(&round, seconds: 200)
            MeetingReducerTests.press(&round, "enter")
            MeetingReducerTests.tick(&round, seconds: 45)
            add("round", round)
            var wrapUp = round
            MeetingReducerTests.press(&wrapUp, "W")
            add("wrap-up", wrapUp)
            var notes = MeetingReducerTests.meeting(role: .notes, width: width, height: height)
            notes.theme = theme
            add("notes view", notes)
        }
        return result
    }

    /// The rows of the big timer: above the "item left"/"over by" line of the meeting's Now panel.
    private func digitRows(of grid: Grid) -> Range<Int> {
        let lines = grid.lines()
        guard let info = lines.firstIndex(where: { $0.contains("item left ") || $0.contains("over by ") }) else { return 0..<0 }
        return 1..<info
    }

    private static let digitGlyphs: Set<Character> = ["█", "▀", "▄"]

    private func isLineDrawing(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x2500...0x257F).contains(scalar.value) || "·─│".contains(character)
    }

    func testEveryDrawnColourPairMeetsWCAGContrastInEveryTheme() {
        XCTAssertEqual(Fixtures.catalog.themes.map(\.name).sorted(), ["colorblind", "default", "high-contrast", "light", "monochrome"])
        var failures: [String] = []
        var checkedDigits = 0
        for theme in Fixtures.catalog.themes {
            var seen = Set<String>()
            for screen in screens(in: theme) {
                let digits = screen.isMeeting ? digitRows(of: screen.grid) : 0..<0
                for y in 0..<screen.grid.size.height {
                    for x in 0..<screen.grid.size.width {
                        let cell = screen.grid[x, y]
                        guard !cell.isContinuation, !cell.grapheme.isWhitespace else { continue }
                        let pair = DrawnContrast(style: cell.style, theme: theme)
                        // A colour theme sets the screen's colours; a glyph left in the terminal's own has no known contrast.
                        // (Checked on the meeting's shared screen; the skills map still draws in terminal defaults: see the report.)
                        let text = theme.style(.text)
                        if screen.isMeeting, (text.fg != .default && cell.style.fg == .default) || (text.bg != .default && cell.style.bg == .default) {
                            if seen.insert("default \(screen.name) \(y)").inserted {
                                failures.append("\(theme.name): terminal default colours in \(screen.name) row \(y): \(screen.grid.line(y).trimmingCharacters(in: .whitespaces).prefix(60))")
                            }
                            continue
                        }
                        let isDigit = digits.contains(y) && Self.digitGlyphs.contains(cell.grapheme)
                        if isDigit { checkedDigits += 1 }
                        let needed = isDigit ? 7.0 : isLineDrawing(cell.grapheme) ? 3.0 : 4.5
                        guard pair.ratio < needed else { continue }
                        let line = screen.grid.line(y)
                        let key = "\(theme.name): \(pair) (\(String(format: "%.2f", pair.ratio)):1, needs \(needed)) \(isDigit ? "timer digit" : "'\(cell.grapheme)'")"
                        if seen.insert("\(pair)\(needed)").inserted {
                            failures.append("\(key) in \(screen.name) row \(y): \(line.trimmingCharacters(in: .whitespaces).prefix(60))")
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(checkedDigits, 0, "the big timer's digits were found and checked")
        XCTAssertEqual(failures, [], failures.joined(separator: "\n"))
    }

    func testMonochromeContrastIsReverseVideoAgainstTheTerminalDefault() throws {
        let theme = try XCTUnwrap(Fixtures.catalog.theme(named: "monochrome"))
        let bar = DrawnContrast(style: theme.onText(.titleBar), theme: theme)
        XCTAssertEqual(bar.description, "#000000 on #ffffff", "reverse video swaps the terminal's own colours")
        XCTAssertEqual(bar.ratio, 21, accuracy: 0.01)
        XCTAssertEqual(DrawnContrast(style: Style(fg: .rgb(255, 255, 0), bg: .rgb(255, 255, 0)), theme: theme).ratio, 1, accuracy: 0.001)
        XCTAssertEqual(DrawnContrast(style: Style(fg: .indexed(231), bg: .ansi(0)), theme: theme).ratio, 21, accuracy: 0.01, "256-colour values use the xterm palette")
    }
}
