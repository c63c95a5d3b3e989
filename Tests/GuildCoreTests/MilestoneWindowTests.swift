import Foundation
import GuildCore
import XCTest

/// The dashboard asks for two weeks of milestones on every start and save, so `between` and `recent` build only the
/// window's milestones; they must be exactly the full list's milestones in that window, in the same order.
final class MilestoneWindowTests: XCTestCase {
    private static let scaled = ScaledTeam.make(
        shape: ScaledTeamShape(people: 60, skills: 40, teams: 6, sessions: 300, recurringSeries: 4, notes: 200, actions: 300,
                               learnings: 20, topics: 4, communities: 3, solutions: 4, historyDays: 730),
        now: Fixtures.now, calendar: Fixtures.calendar, seed: 7)

    func testWindowsEqualTheFullListFilteredForEveryScope() {
        for data in [SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar), Self.scaled] {
            let scopes = [ProgrammeScope.all] + data.communities.keys.sorted { $0.precedes($1) }.map { ProgrammeScope(communityID: $0) }
            for scope in scopes {
                let all = Milestones.all(in: data, scope: scope)
                XCTAssertFalse(all.isEmpty)
                for days in [1, 14, 90, 400, 2_000] {
                    let start = Fixtures.now.addingTimeInterval(-Double(days) * 86_400)
                    let end = Fixtures.now.addingTimeInterval(1)
                    let expected = all.filter { $0.date >= start && $0.date < end }
                    XCTAssertEqual(Milestones.between(start, end, in: data, scope: scope), expected, "\(days) days")
                    XCTAssertEqual(Milestones.recent(in: data, now: Fixtures.now, days: days, scope: scope), expected, "\(days) days")
                }
            }
        }
    }

    func testIdsPrecedeInTheirStringOrder() {
        var generator = SystemRandomNumberGenerator()
        var ids = (0..<500).map { _ in UUID() }
        ids += ["00000000-0000-4000-8000-00000000000A", "00000000-0000-4000-8000-000000000009", "F0000000-0000-4000-8000-000000000000",
                "0F000000-0000-4000-8000-000000000000"].compactMap(UUID.init(uuidString:))
        ids.shuffle(using: &generator)
        XCTAssertEqual(ids.sorted { $0.precedes($1) }, ids.sorted { $0.uuidString < $1.uuidString })
        let id = UUID()
        XCTAssertFalse(id.precedes(id))
    }
}
