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

    /// Gaps closed, replayed with dense numbers, match the straightforward replay (dictionaries keyed by id).
    func testGapsClosedMatchesAPlainReplay() {
        for data in [SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar), Self.scaled] {
            let found = Milestones.all(in: data).filter { $0.kind == .gapClosed }
            let expected = Self.plainGapsClosed(in: data)
            XCTAssertFalse(expected.isEmpty)
            XCTAssertEqual(found.map(\.date), expected.map(\.date))
            XCTAssertEqual(found.map(\.skill), expected.map(\.skill))
        }
    }

    /// Levels raised, found from the celebrated window's ratings only, match pairing every rating with the one before.
    func testLevelsRaisedMatchesPairingEachRatingWithThePreviousOne() {
        for data in [SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar), Self.scaled] {
            var expected: [String] = []
            for sheet in data.ratingSheets.values where data.people[sheet.personID] != nil {
                for skill in Set(sheet.ratings.map(\.skillID)) where data.skills[skill] != nil {
                    let ordered = sheet.ratings.filter { $0.skillID == skill }.sorted { $0.ratedAt < $1.ratedAt }
                    for (previous, next) in zip(ordered, ordered.dropFirst()) where next.level > previous.level {
                        expected.append("\(sheet.personID) \(skill) \(next.ratedAt.timeIntervalSince1970) \(previous.level.rawValue)→\(next.level.rawValue)")
                    }
                }
            }
            let found = Milestones.all(in: data).filter { $0.kind == .levelRaised }.map { milestone -> String in
                let from = data.ratingSheets.values.first { $0.personID == milestone.person }?.ratings
                    .filter { $0.skillID == milestone.skill && $0.ratedAt < milestone.date }.max { $0.ratedAt < $1.ratedAt }
                let to = data.ratingSheets.values.first { $0.personID == milestone.person }?.ratings
                    .first { $0.skillID == milestone.skill && $0.ratedAt == milestone.date }
                return "\(milestone.person!) \(milestone.skill!) \(milestone.date.timeIntervalSince1970) \(from?.level.rawValue ?? -1)→\(to?.level.rawValue ?? -1)"
            }
            XCTAssertFalse(expected.isEmpty)
            XCTAssertEqual(found.sorted(), expected.sorted())
        }
    }

    /// The reference: every rating in (time, person, skill) order, nested dictionaries, newest first.
    private static func plainGapsClosed(in data: GuildData) -> [(date: Date, skill: UUID?)] {
        var events: [(time: Date, person: UUID, rating: SkillRating)] = []
        for sheet in data.ratingSheets.values {
            for rating in sheet.ratings where data.skills[rating.skillID] != nil { events.append((rating.ratedAt, sheet.personID, rating)) }
        }
        events.sort { ($0.time, $0.person.uuidString, $0.rating.skillID.uuidString) < ($1.time, $1.person.uuidString, $1.rating.skillID.uuidString) }
        guard let baseline = events.first?.time else { return [] }
        var levels: [UUID: [UUID: SkillLevel]] = [:]
        var holders: [UUID: Int] = [:]
        var result: [(date: Date, skill: UUID?)] = []
        var index = 0
        while index < events.count {
            let time = events[index].time
            var touched = Set<UUID>()
            var before: [UUID: Int] = [:]
            while index < events.count, events[index].time == time {
                let event = events[index]
                let skill = event.rating.skillID
                if before[skill] == nil { before[skill] = holders[skill] ?? 0 }
                let old = levels[skill]?[event.person] ?? SkillLevel.none
                levels[skill, default: [:]][event.person] = event.rating.level
                holders[skill, default: 0] += (event.rating.level >= .proficient ? 1 : 0) - (old >= .proficient ? 1 : 0)
                touched.insert(skill)
                index += 1
            }
            guard time > baseline else { continue }
            for skill in touched.sorted(by: { $0.uuidString < $1.uuidString })
            where (before[skill] ?? 0) < 2 && (holders[skill] ?? 0) >= 2 {
                result.append((time, skill))
            }
        }
        // Newest first, as `all` orders them (ids break ties within one moment).
        return result.reversed().sorted { $0.date != $1.date ? $0.date > $1.date : false }
    }
}
