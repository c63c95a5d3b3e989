import Foundation
import GuildCore
import XCTest

/// A gap's presenters tie in name order as people are compared everywhere (`SkillsMatrix.personOrder`: the user's
/// collation, "Mał…" before "Mar…"), not in the byte order of the precomputed sort keys that only speed long sorts up
/// (where "ł", left as it is, comes after "r").
final class GapPresenterOrderTests: XCTestCase {
    func testPresentersWhoTieAreInNameOrder() {
        var data = GuildData()
        let skill = Skill(name: "Terraform", updatedAt: Fixtures.now)
        data.skills[skill.id] = skill
        for name in ["Mariana Costa", "Małgorzata Rodríguez", "Marek Nowak"] {
            let person = Person(name: name, handle: name.lowercased().filter(\.isLetter), updatedAt: Fixtures.now)
            data.people[person.id] = person
            data.ratingSheets[person.id] = RatingSheet(personID: person.id, ratings: [SkillRating(skillID: skill.id, level: .working, ratedAt: Fixtures.now)],
                                                       updatedAt: Fixtures.now)
        }
        let gap = SkillGaps.report(data).first { $0.skillID == skill.id }
        let names = gap?.presenters.map { data.people[$0]!.name } ?? []
        let byName = data.people.values.sorted(by: SkillsMatrix.personOrder).map(\.name)
        XCTAssertEqual(names, byName)
        XCTAssertEqual(names.count, 3)
    }
}
