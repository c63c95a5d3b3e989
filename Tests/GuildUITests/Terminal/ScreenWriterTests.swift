import Foundation
import GuildCore
@testable import GuildUI
@testable import TerminalGrid
import XCTest

/// The terminal writer (`Sources/TerminalGrid/Output/ScreenWriter.swift`) against a virtual terminal: every frame it
/// sends must show exactly the grid, on every theme, size and kind of terminal.
final class ScreenWriterTests: XCTestCase {
    static let noBackgroundErase: TerminalFeatures = {
        var features = TerminalFeatures.xterm256
        features.backgroundColorErase = false
        return features
    }()

    static let eightColours: TerminalFeatures = {
        var features = noBackgroundErase
        features.colorCount = 8
        features.attributes &= ~Pen.italic
        return features
    }()

    /// A tty that turns line feeds into carriage return and line feed.
    static let lineFeedReturns: TerminalFeatures = {
        var features = TerminalFeatures.xterm256
        features.lineFeed = .downAndReturn
        return features
    }()

    /// Only cursor addressing and rendition: no relative moves, no scroll region, no erasing, no line feeds.
    static let bare: TerminalFeatures = {
        var features = TerminalFeatures.xterm256
        features.scrollRegion = false
        features.scrollUp = false
        features.scrollDown = false
        features.reverseIndex = false
        features.relativeMoves = false
        features.columnAddress = false
        features.rowAddress = false
        features.eraseCharacters = false
        features.eraseLine = false
        features.lineFeed = .unknown
        features.autoMargin = true
        features.eatsNewline = false
        return features
    }()

    static func width(_ scalar: UInt32) -> Int32 {
        guard let value = Unicode.Scalar(scalar) else { return -1 }
        if scalar < 0x20 || (0x7F...0x9F).contains(scalar) { return -1 }
        return Int32(DisplayWidth.of(value))
    }

    /// Drives a writer and a virtual terminal frame by frame.
    struct Screen {
        var writer: ScreenWriter
        var terminal: VirtualTerminal
        let features: TerminalFeatures
        /// Bytes sent per frame.
        var sent: [Int] = []

        init(features: TerminalFeatures, size: Size, monochrome: Bool = false) {
            self.features = features
            writer = ScreenWriter(features: features, monochrome: monochrome, scalarWidth: ScreenWriterTests.width)
            terminal = VirtualTerminal(width: size.width, height: size.height, backgroundColorErase: features.backgroundColorErase,
                                       lineFeedReturns: features.lineFeed == .downAndReturn)
        }

        /// Sends `grid`; with `check`, fails unless the terminal then shows it.
        mutating func show(_ grid: Grid, _ label: @autoclosure () -> String, check: Bool = true, file: StaticString = #filePath, line: UInt = #line) {
            let bytes = writer.update(OutputFrame(grid))
            sent.append(bytes.count)
            guard check else { return }
            terminal.feed(bytes)
            XCTAssertEqual(terminal.unknown, [], label(), file: file, line: line)
            if let difference = ScreenWriterTests.difference(terminal, grid, features: features, monochrome: writer.monochrome) {
                XCTFail("\(label()): \(difference)", file: file, line: line)
            }
        }
    }

    /// The first cell where the terminal does not look like the grid, described; nil when it does everywhere.
    static func difference(_ terminal: VirtualTerminal, _ grid: Grid, features: TerminalFeatures, monochrome: Bool) -> String? {
        let styles = OutputFrame(grid).styles
        var pens: [Style: Pen] = [:]
        for y in 0..<grid.size.height {
            var fillerAt = -1
            var filler = ""
            for x in 0..<grid.size.width {
                // Where writing the last column scrolls, the bottom-right cell is left alone.
                if features.autoMargin, !features.eatsNewline, y == grid.size.height - 1, x == grid.size.width - 1 { continue }
                let cell = grid[x, y]
                let shown = terminal[x, y]
                let style = styles[y * grid.size.width + x]
                let pen = pens[style] ?? {
                    let attributes = style.attributes.rawValue & features.attributes
                    let pen = monochrome || features.colorCount < 8
                        ? Pen(fg: -1, bg: -1, attributes: attributes)
                        : Pen(fg: Pen.colorNumber(style.fg, isBackground: false, colorCount: features.colorCount, hasDefaultColors: true),
                              bg: Pen.colorNumber(style.bg, isBackground: true, colorCount: features.colorCount, hasDefaultColors: true),
                              attributes: attributes)
                    pens[style] = pen
                    return pen
                }()
                let blank = cell.grapheme == " " && !cell.isContinuation
                let samePen = shown.pen == pen
                    || (blank && shown.pen.bg == pen.bg && shown.pen.blankShowsBackgroundOnly && pen.blankShowsBackgroundOnly)
                if let ascii = cell.grapheme.asciiValue, !cell.isContinuation {
                    if samePen, !shown.isContinuation, shown.text.utf8.count == 1, shown.text.utf8.first == ascii { continue }
                    return "row \(y) column \(x): expected \(String(cell.grapheme).debugDescription) in \(pen), shown \(shown)"
                }
                var expected = String(cell.grapheme)
                if cell.isContinuation {
                    if x == fillerAt {
                        expected = filler
                    } else {
                        if shown.isContinuation { continue }
                        return "row \(y) column \(x): expected the right half of a wide glyph, shown \(shown)"
                    }
                } else {
                    (expected, filler) = expectedGlyph(cell.grapheme)
                    if !filler.isEmpty { fillerAt = x + 1 }
                }
                if shown.text != expected || !samePen || (shown.isContinuation && x != fillerAt && !cell.isContinuation) {
                    return "row \(y) column \(x): expected \(expected.debugDescription) in \(pen), shown \(shown)"
                }
            }
        }
        return nil
    }

    /// What the writer sends for a glyph: its base and combining marks, and a filler when the terminal counts one column for two.
    static func expectedGlyph(_ grapheme: Character) -> (String, filler: String) {
        var scalars = Array(grapheme.unicodeScalars)
        if width(scalars[0].value) < 1 { scalars[0] = "\u{FFFD}" }
        var text = String(scalars[0])
        var filler = ""
        for scalar in scalars.dropFirst() {
            let w = width(scalar.value)
            if w > 0 {
                if w == 1 { filler = String(scalar) }
                break
            }
            if w < 0 || scalar.value == 0xFE0F || scalar.value == 0x200D { continue }
            text.unicodeScalars.append(scalar)
        }
        if DisplayWidth.of(grapheme) == 2, width(scalars[0].value) == 1 {
            if filler.isEmpty { filler = " " }
        } else {
            filler = ""
        }
        return (text, filler)
    }

    /// Keys that move, scroll, filter, open overlays and cycle themes in every pane.
    static let tour: [String] = ["2"] + Array(repeating: "j", count: 30) + Array(repeating: "l", count: 25) + ["h"]
        + Array(repeating: "k", count: 33) + ["pagedown", "pagedown", "pageup", "end", "home", "?", "esc", "/", "a", "b", "esc", "3", "pagedown", "j", "j",
           "end", "1", "j", "j", "j", "tab", "tab", "t", "t", "t", "t", "t"]

    func testEveryFrameShowsTheGridOnEveryThemeSizeAndTerminal() throws {
        let data = ScaledTeam.make(
            shape: ScaledTeamShape(people: 60, skills: 30, teams: 6, sessions: 120, recurringSeries: 4, notes: 0, actions: 300,
                                   learnings: 0, topics: 2, communities: 2, solutions: 0),
            now: Fixtures.now, calendar: Fixtures.calendar, seed: 7)
        let runs: [(String, Size, TerminalFeatures, String)] = [
            ("default", Size(width: 120, height: 40), .xterm256, "xterm-256color"),
            ("high-contrast", Size(width: 80, height: 24), .xterm256, "xterm-256color"),
            ("light", Size(width: 120, height: 40), Self.noBackgroundErase, "no bce"),
            ("colorblind", Size(width: 100, height: 30), Self.eightColours, "8 colours"),
            ("light", Size(width: 80, height: 24), Self.lineFeedReturns, "line feeds that return"),
            ("monochrome", Size(width: 80, height: 24), .xterm256, "xterm-256color"),
            ("default", Size(width: 80, height: 24), Self.bare, "cursor addressing only"),
        ]
        for (themeName, size, features, terminalName) in runs {
            var state = Fixtures.state(data, width: size.width, height: size.height)
            state.theme = try XCTUnwrap(Fixtures.catalog.theme(named: themeName))
            var screen = Screen(features: features, size: size, monochrome: themeName == "monochrome")
            screen.show(render(state), "\(themeName) \(size) \(terminalName): first frame")
            for (index, key) in Self.tour.enumerated() {
                Fixtures.press(&state, key)
                let monochrome = state.theme.name == "monochrome"
                if screen.writer.monochrome != monochrome { screen.writer.monochrome = monochrome }
                screen.show(render(state), "\(themeName) \(size) \(terminalName): after key \(index) \(key)")
            }
        }
    }
}
