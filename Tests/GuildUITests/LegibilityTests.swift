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

    /// The rows of the big clocks: the item's (above its "item left"/"over by" line) and, in a round, the speaker's turn
    /// (between the "Speaking:" line and "Not heard yet").
    private func digitRows(of grid: Grid) -> Set<Int> {
        let lines = grid.lines()
        guard let info = lines.firstIndex(where: { $0.contains("item left ") || $0.contains("over by ") }) else { return [] }
        var rows = Set(1..<info)
        if let speaking = lines.firstIndex(where: { $0.contains("Speaking: ") }),
           let waiting = lines.firstIndex(where: { $0.contains("Not heard yet") }), speaking < waiting {
            rows.formUnion(speaking + 1..<waiting)
        }
        return rows
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
                let digits = screen.isMeeting ? digitRows(of: screen.grid) : []
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

    func testTheItemTitleStandsOnItsOwnEmphasisedLineAboveTheTimer() throws {
        for (width, height) in [(80, 24), (100, 30), (120, 40), (200, 60)] {
            var state = MeetingReducerTests.meeting(width: width, height: height)
            MeetingReducerTests.press(&state, "right", "space")
            let title = try XCTUnwrap(state.timer.current?.title)
            let grid = renderMeeting(state)
            let lines = grid.lines()
            let firstDigits = try XCTUnwrap(lines.firstIndex { $0.contains("█") || $0.contains("▀") }, "\(width)x\(height)")
            let titleRow = try XCTUnwrap(lines[1..<firstDigits].lastIndex { $0.contains(title) }, "title above the clock at \(width)x\(height):\n\(grid)")
            let mainWidth = MeetingLayout.make(size: state.size).main.width
            let own = String(lines[titleRow].prefix(mainWidth)).trimmingCharacters(in: CharacterSet(charactersIn: " ┃│"))
            XCTAssertEqual(own, title, "the title has the line to itself at \(width)x\(height)")
            let x = try XCTUnwrap(lines[titleRow].range(of: title).map { lines[titleRow].distance(from: lines[titleRow].startIndex, to: $0.lowerBound) })
            XCTAssertTrue(grid[x, titleRow].style.attributes.contains(.bold), "emphasised")
            XCTAssertEqual(grid[x, titleRow].style.fg, state.theme.style(.title).fg, "in the title role")
        }
    }

    func testInARoundTheSpeakerAndTurnTimeAreAsProminentAsTheItemClock() throws {
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            var state = MeetingReducerTests.meeting(width: width, height: height)
            MeetingReducerTests.press(&state, "right", "space", "]")
            MeetingReducerTests.tick(&state, seconds: 200)
            MeetingReducerTests.press(&state, "enter")
            MeetingReducerTests.tick(&state, seconds: 45)
            let round = try XCTUnwrap(state.currentRound)
            let speaker = state.data.name(of: try XCTUnwrap(round.speaker))
            let grid = renderMeeting(state)
            let lines = grid.lines()
            let info = try XCTUnwrap(lines.firstIndex { $0.contains("item left ") })
            let speaking = try XCTUnwrap(lines.firstIndex { $0.contains("Speaking: ") && $0.contains(speaker) }, "\(grid)")
            let waiting = try XCTUnwrap(lines.firstIndex { $0.contains("Not heard yet") })
            func isDigitRow(_ line: String) -> Bool { line.contains("█") || line.contains("▀") || line.contains("▄") }
            let itemRows = lines[1..<info].filter(isDigitRow)
            let turnRows = lines[(speaking + 1)..<waiting].filter(isDigitRow)
            XCTAssertFalse(itemRows.isEmpty)
            XCTAssertEqual(turnRows.count, itemRows.count, "the turn clock is as tall as the item clock at \(width)x\(height):\n\(grid)")
            let bigWidth = { (rows: [String]) in rows.map { $0.filter { "█▀▄".contains($0) }.count }.max() ?? 0 }
            XCTAssertGreaterThan(bigWidth(turnRows), 0)
            XCTAssertEqual(bigWidth(turnRows) > 0, bigWidth(itemRows) > 0)
            let line = lines[speaking]
            let x = line.distance(from: line.startIndex, to: try XCTUnwrap(line.range(of: speaker)).lowerBound)
            XCTAssertTrue(grid[x, speaking].style.attributes.contains(.bold), "the speaker's name is emphasised")
            XCTAssertEqual(grid[x, speaking].style.fg, state.theme.style(.title).fg)
        }
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
