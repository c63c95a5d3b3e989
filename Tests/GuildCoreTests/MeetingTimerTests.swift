import Foundation
import GuildCore
import XCTest

/// The agenda timer with an injected clock: running, pausing, moving on, extending, reordering and overtime phases.
final class MeetingTimerTests: XCTestCase {
    private let t0 = Fixtures.date(2026, 11, 27, 15)
    private func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    private let agenda = [
        AgendaItem(title: "Open action items", minutes: 5),
        AgendaItem(title: "Round", minutes: 20, isRound: true),
        AgendaItem(title: "Topic", minutes: 10),
    ]

    func testCountsOnlyWhileRunningAndCreditsTheCurrentItem() {
        var timer = AgendaTimer(agenda: agenda)
        timer.settle(at: at(0))
        XCTAssertEqual(timer.current?.usedSeconds, 0, "a stopped timer counts nothing")
        timer.start(at: at(10))
        XCTAssertEqual(timer.settle(at: at(70)), 60)
        timer.pause(at: at(100))
        timer.settle(at: at(500))
        XCTAssertEqual(timer.slots[0].usedSeconds, 90)
        XCTAssertEqual(timer.slots[0].remaining, 210)
        timer.start(at: at(600))
        timer.next(at: at(630))
        XCTAssertEqual(timer.slots[0].usedSeconds, 120)
        XCTAssertTrue(timer.isRunning, "moving on keeps the clock running")
        timer.settle(at: at(690))
        XCTAssertEqual(timer.slots[1].usedSeconds, 60)
        XCTAssertEqual(timer.usedTotal, 180)
        XCTAssertEqual(timer.plannedTotal, 35 * 60)
        XCTAssertEqual(timer.remainingTotal, 35 * 60 - 180)
        timer.previous(at: at(700))
        XCTAssertEqual(timer.currentIndex, 0)
        XCTAssertEqual(timer.slots[1].usedSeconds, 70)
        XCTAssertFalse(timer.previous(at: at(700)), "nothing before the first item")
    }

    func testExtendAddsToTheTimeboxAndPhasesGoFromOnTimeToWellOver() {
        var timer = AgendaTimer(agenda: agenda)
        timer.start(at: at(0))
        timer.settle(at: at(200))
        XCTAssertEqual(timer.current?.phase, .onTime)
        timer.settle(at: at(250))
        XCTAssertEqual(timer.current?.phase, .ending, "the last minute")
        timer.settle(at: at(330))
        XCTAssertEqual(timer.current?.phase, .over, "30 s over a 5-minute box is within the minute of grace")
        timer.settle(at: at(400))
        XCTAssertEqual(timer.current?.phase, .wellOver)
        timer.extend(byMinutes: 1)
        XCTAssertEqual(timer.current?.phase, .over)
        timer.extend(byMinutes: 5)
        XCTAssertEqual(timer.current?.plannedSeconds, 11 * 60)
        XCTAssertEqual(timer.current?.originalSeconds, 5 * 60)
        XCTAssertEqual(timer.current?.phase, .onTime)
        XCTAssertEqual(timer.agenda(from: agenda).map(\.minutes), [11, 20, 10])
    }

    func testReorderKeepsTheCurrentItemCurrent() {
        var timer = AgendaTimer(agenda: agenda)
        timer.next(at: at(0))
        XCTAssertEqual(timer.current?.title, "Round")
        XCTAssertEqual(timer.move(2, by: -2), 0)
        XCTAssertEqual(timer.slots.map(\.title), ["Topic", "Open action items", "Round"])
        XCTAssertEqual(timer.current?.title, "Round")
        XCTAssertEqual(timer.currentIndex, 2)
        XCTAssertEqual(timer.move(0, by: -1), 0, "clamped at the top")
        XCTAssertEqual(timer.upcoming.map(\.title), [])
        XCTAssertEqual(timer.agenda(from: agenda).map(\.title), ["Topic", "Open action items", "Round"])
    }

    func testClockText() {
        XCTAssertEqual(TimerText.clock(125), "02:05")
        XCTAssertEqual(TimerText.clock(0.4), "00:01")
        XCTAssertEqual(TimerText.clock(0), "00:00")
        XCTAssertEqual(TimerText.clock(-0.5), "00:00")
        XCTAssertEqual(TimerText.clock(-190), "-03:10")
        XCTAssertEqual(TimerText.clock(3723), "1:02:03")
        XCTAssertEqual(TimerText.elapsed(187.9), "3:07")
        XCTAssertEqual(TimerPhase.of(remaining: 30, planned: 60), .onTime, "a one-minute box has no separate last minute")
        XCTAssertEqual(TimerPhase.of(remaining: -100, planned: 600), .over, "a fifth of a 10-minute box is two minutes of grace")
        XCTAssertEqual(TimerPhase.of(remaining: -130, planned: 600), .wellOver)
    }
}
