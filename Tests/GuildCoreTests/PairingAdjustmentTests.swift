import Foundation
@testable import GuildCore
import XCTest

/// Adjusting a drawn round before it is recorded (two people trade places) and one person's pairing history, both
/// read from a `PartnerIndex` built once per data change.
final class PairingAdjustmentTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)
    private var data = GuildData()

    private func person(_ handle: String, team: String, away: Bool = false, _ ratings: [(UUID, SkillLevel, learn: Bool, teach: Bool)] = []) -> UUID {
        let person = Person(name: handle.capitalized, handle: handle, team: team, away: away ? true : nil, updatedAt: now)
        data.upsert(person)
        data.upsert(RatingSheet(personID: person.id, ratings: ratings.map {
            SkillRating(skillID: $0.0, level: $0.1, wantsToLearn: $0.learn, happyToTeach: $0.teach, ratedAt: now)
        }, updatedAt: now))
        return person.id
    }

    func testASwapTradesSeatsAndWorksOutEachGroupsSkillAgain() throws {
        let go = Skill(name: "Go", category: "Languages", updatedAt: now)
        let sql = Skill(name: "SQL", category: "Data", updatedAt: now)
        data.upsert(go)
        data.upsert(sql)
        let ana = person("ana", team: "A", [(go.id, .expert, false, true)])
        let bo = person("bo", team: "B", [(go.id, .learning, true, false)])
        let cy = person("cy", team: "C", [(sql.id, .expert, false, true)])
        let di = person("di", team: "D", [(sql.id, .none, true, false), (go.id, .none, true, false)])
        let ed = person("ed", team: "E")
        let round = PairingRound(drawnAt: now, seed: 3, groups: [
            PairingGroup(members: [ana, bo], skillID: go.id, teacher: ana, learner: bo),
            PairingGroup(members: [cy, di, ed], skillID: sql.id, teacher: cy, learner: di),
        ])

        let swapped = try XCTUnwrap(PairingRoulette.swap(bo, di, in: round, data: data))
        XCTAssertEqual(swapped.id, round.id)
        XCTAssertEqual(swapped.groups.map(\.id), round.groups.map(\.id), "groups keep their ids")
        XCTAssertEqual(swapped.groups[0].members, [ana, di], "di takes bo's seat")
        XCTAssertEqual(swapped.groups[1].members, [cy, bo, ed])
        // ana (expert Go) and di (none, wants Go): a gap of 4 in Go.
        XCTAssertEqual(swapped.groups[0].skillID, go.id)
        XCTAssertEqual(swapped.groups[0].teacher, ana)
        XCTAssertEqual(swapped.groups[0].learner, di)
        // cy teaches SQL, but bo wants Go: nobody in the trio can teach what another wants.
        XCTAssertNil(swapped.groups[1].skillID)
        XCTAssertNil(swapped.groups[1].teacher)
        XCTAssertNoThrow(try swapped.validate())

        let back = try XCTUnwrap(PairingRoulette.swap(di, bo, in: swapped, data: data))
        XCTAssertEqual(back.groups.map(\.members), round.groups.map(\.members), "swapping back restores the round")
        XCTAssertEqual(back.groups[1].skillID, sql.id)
        XCTAssertEqual(back.groups[1].learner, di)

        XCTAssertNil(PairingRoulette.swap(cy, di, in: round, data: data), "already together")
        XCTAssertNil(PairingRoulette.swap(ana, ana, in: round, data: data))
        XCTAssertNil(PairingRoulette.swap(ana, UUID(), in: round, data: data), "someone not in the round")
    }

    func testTheIndexKeepsEachPersonsPairingsNewestFirstAndWhichAreRecent() {
        let ana = person("ana", team: "A")
        let bo = person("bo", team: "B")
        let cy = person("cy", team: "C")
        let di = person("di", team: "D", away: true)
        let old = PairingRound(drawnAt: now.addingTimeInterval(-86_400 * 21), seed: 1, groups: [PairingGroup(members: [ana, cy]), PairingGroup(members: [bo, di])])
        let middle = PairingRound(drawnAt: now.addingTimeInterval(-86_400 * 14), seed: 2, groups: [PairingGroup(members: [ana, bo, cy])])
        let last = PairingRound(drawnAt: now.addingTimeInterval(-86_400 * 7), seed: 3, groups: [PairingGroup(members: [ana, bo]), PairingGroup(members: [cy, di])])
        var rules = PairingRoulette.Rules()
        rules.window = 2
        let index = PartnerIndex(data, rounds: [middle, old, last], rules: rules)

        let history = index.history(of: ana)
        XCTAssertEqual(history.map(\.roundID), [last.id, middle.id, old.id], "newest first, whatever order the rounds came in")
        XCTAssertEqual(history.map(\.partners), [[bo], [bo, cy], [cy]])
        XCTAssertEqual(history.first?.drawnAt, last.drawnAt)
        XCTAssertEqual(index.history(of: UUID()), [])
        XCTAssertTrue(index.pairedRecently(ana, bo))
        XCTAssertTrue(index.pairedRecently(cy, ana), "the trio of the middle round is within the window of two")
        XCTAssertFalse(index.pairedRecently(bo, di), "the oldest round is outside the window of two")
        XCTAssertFalse(index.isPresent(di), "away: the draw leaves di out")
        XCTAssertTrue(index.isPresent(ana))

        let suggestions = index.suggest(for: ana, limit: 5)
        XCTAssertEqual(suggestions.first { $0.partner == bo }?.timesPaired, 2)
        XCTAssertFalse(suggestions.contains { $0.partner == di })
    }
}
