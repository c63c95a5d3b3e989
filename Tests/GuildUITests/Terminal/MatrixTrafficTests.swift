import Foundation
import GuildCore
@testable import GuildUI
@testable import TerminalGrid
import XCTest

/// What running through the skills matrix sends to an xterm-256color terminal, in bytes, through the writer the
/// dashboard uses (`ScreenWriter`): the moves guild-bench makes in its pty run, on a matrix of the 10k scale's shape
/// (200 people × 60 skills, seed 42) at 120×40. Bytes, not time, so the figures hold on any machine; the virtual
/// terminal check is left to `ScreenWriterTests`.
final class MatrixTrafficTests: XCTestCase {
    /// The 10k scale's people and skills, with few of the other records (they do not show in the matrix).
    static let data = ScaledTeam.make(
        shape: ScaledTeamShape(people: 200, skills: 60, teams: 10, sessions: 40, recurringSeries: 3, notes: 0, actions: 200,
                               learnings: 0, topics: 4, communities: 2, solutions: 0),
        now: Fixtures.now, calendar: Fixtures.calendar, seed: 42)

    struct Run {
        /// Bytes per move between two rows (j, k, j, k…).
        var between: [Int] = []
        /// Bytes per move running down (j 100 times from the first row), with the rows each move revealed.
        var down: [Int] = []
        var revealed: [Int] = []

        var downMean: Double { Double(down.reduce(0, +)) / Double(down.count) }
        var betweenMedian: Int { between.sorted()[between.count / 2] }
        /// The bytes of the moves that scrolled, less a plain move's, per row they revealed.
        var perRevealedRow: Double {
            let plain = down.indices.filter { revealed[$0] == 0 }.map { down[$0] }.sorted()
            let typical = plain[plain.count / 2]
            let scrolled = down.indices.filter { revealed[$0] > 0 }
            return Double(scrolled.map { down[$0] - typical }.reduce(0, +)) / Double(scrolled.map { revealed[$0] }.reduce(0, +))
        }
    }

    /// Focuses the matrix, presses j/k `between` times, then j 100 times.
    func run(theme: String, between: Int) throws -> Run {
        let size = Size(width: 120, height: 40)
        var state = Fixtures.state(Self.data, width: size.width, height: size.height)
        state.theme = try XCTUnwrap(Fixtures.catalog.theme(named: theme))
        var screen = ScreenWriterTests.Screen(features: .xterm256, size: size, monochrome: theme == "monochrome")
        screen.show(render(state), "", check: false)
        Fixtures.press(&state, "2")
        screen.show(render(state), "", check: false)
        var run = Run()
        for index in 0..<between {
            Fixtures.press(&state, index % 2 == 0 ? "j" : "k")
            screen.show(render(state), "", check: false)
            run.between.append(screen.sent.last!)
        }
        for _ in 0..<100 {
            let offset = state.cursor(.matrix).rowOffset
            Fixtures.press(&state, "j")
            screen.show(render(state), "", check: false)
            run.down.append(screen.sent.last!)
            run.revealed.append(state.cursor(.matrix).rowOffset - offset)
        }
        XCTAssertEqual(state.cursor(.matrix).row, 100)
        XCTAssertGreaterThanOrEqual(run.revealed.reduce(0, +), 80, "the run scrolls most of the way")
        return run
    }

    /// Issue 5's target, moves that scroll included: fewer than 400 bytes per cursor move, on every theme.
    func testRunningDownTheMatrixSendsFewerThan400BytesPerMoveOnEveryTheme() throws {
        for theme in Fixtures.catalog.themes.map(\.name) {
            let run = try run(theme: theme, between: theme == "default" ? 100 : 0)
            XCTAssertLessThan(run.downMean, 400, "\(theme): mean bytes per move down the matrix")
            if theme == "default" { XCTAssertLessThan(run.betweenMedian, 250, "\(theme): median bytes per move between two rows") }
        }
    }

    /// A row brought in by scrolling is the dear part: a heatmap changes colour every few cells. Written pen by pen it
    /// costs about 230 bytes; a change that made each colour change dear again (curses sending both colours and a reset
    /// per bold cell cost about 770) fails here.
    func testARowRevealedByScrollingCostsUnder250Bytes() throws {
        let run = try run(theme: "default", between: 0)
        XCTAssertLessThan(run.perRevealedRow, 250)
    }
}
