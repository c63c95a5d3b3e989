import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// The dashboard's Upcoming sessions mark live meetings, and one left live long past its end says how to wrap it up.
final class LiveSessionsPaneTests: XCTestCase {
    private func session(_ title: String, start: Date, status: Session.Status) -> Session {
        Session(title: title, format: .workshop, start: start, durationMinutes: 60, status: status, updatedAt: Fixtures.now)
    }

    func testLiveMeetingsAreMarkedAndAForgottenOneIsOfferedToWrapUp() {
        var data = Fixtures.sample
        data.upsert(session("Saturday hack", start: Fixtures.now.addingTimeInterval(-26 * 3600), status: .live))
        data.upsert(session("Running now", start: Fixtures.now.addingTimeInterval(-600), status: .live))
        data.upsert(session("Later today", start: Fixtures.now.addingTimeInterval(3 * 3600), status: .planned))
        let text = render(Fixtures.state(data, width: 200, height: 60)).description
        let lines = text.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.contains("● LIVE") && $0.contains("Running now") }, text)
        XCTAssertTrue(lines.contains { $0.contains("● LIVE") && $0.contains("Saturday hack") }, text)
        XCTAssertFalse(lines.contains { $0.contains("● LIVE") && $0.contains("Later today") }, text)
        // The one left live for more than 12 hours past its end says how to wrap it up; the one running now does not.
        XCTAssertTrue(lines.contains { $0.contains("Saturday hack — still live: m resumes") }, text)
        XCTAssertFalse(lines.contains { $0.contains("Running now — still live") }, text)
    }
}
