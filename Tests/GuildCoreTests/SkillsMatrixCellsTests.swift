import Foundation
@testable import GuildCore
import XCTest

/// The matrix keeps each person's current ratings as one sorted array: the same cells as `RatingSheet.current` gives,
/// ties included, and one entry per rated skill (not a table per person).
final class SkillsMatrixCellsTests: XCTestCase {
    func testCurrentRatingsAgreeWithTheSheetOnRandomHistoriesWithTies() {
        var generator = SystemRandomNumberGenerator()
        let skills = (0..<12).map { Fixtures.uuid(100 + $0) }
        for _ in 0..<200 {
            var ratings: [SkillRating] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                // Few distinct moments, so ties on the same skill at the same moment are common.
                ratings.append(SkillRating(skillID: skills.randomElement(using: &generator)!,
                                           level: SkillLevel.allCases.randomElement(using: &generator)!,
                                           wantsToLearn: .random(using: &generator),
                                           ratedAt: Fixtures.date(2026, 1, Int.random(in: 1...3, using: &generator))))
            }
            let sheet = RatingSheet(personID: Fixtures.uuid(1), ratings: ratings, updatedAt: Fixtures.now)
            let current = SkillsMatrix.currentRatings(ratings)
            XCTAssertEqual(current.count, sheet.current.count, "one entry per rated skill")
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: current.map { ($0.skillID, $0) }), sheet.current)
            XCTAssertEqual(current.map(\.skillID.orderKey), current.map(\.skillID.orderKey).sorted())

            var data = GuildData()
            data.upsert(Person(id: Fixtures.uuid(1), name: "Zoë", handle: "zoe", updatedAt: Fixtures.now))
            for (index, id) in skills.enumerated() {
                data.upsert(Skill(id: id, name: "Skill \(index)", category: "C", updatedAt: Fixtures.now))
            }
            data.upsert(sheet)
            let matrix = SkillsMatrix(data: data)
            for id in skills {
                XCTAssertEqual(matrix.rating(person: Fixtures.uuid(1), skill: id), sheet.current[id])
            }
            XCTAssertEqual(matrix.coverage.reduce(0, +), sheet.current.values.filter { $0.level >= .proficient }.count)
        }
    }
}
