import Foundation
import GuildCore
@testable import GuildImport
import XCTest

/// Who a survey row belongs to: stored e-mail exactly, then handle, then a name only one person has; never guessed.
final class SurveyRespondentsTests: XCTestCase {
    typealias Identity = SurveyRespondents.Identity
    private var data = SurveyFixtures.data()

    override func setUp() {
        // A second Sam Rivera, with an e-mail of her own.
        data.upsert(Person(id: SurveyFixtures.id(50), name: "Sam Rivera", handle: "samr", email: "s.rivera@example.com", updatedAt: SurveyFixtures.t0))
    }

    private func match(_ identity: Identity) -> SurveyRespondents.Match { SurveyRespondents(data).match(identity) }

    func testEmailMatchesWholeAndIgnoringCase() {
        XCTAssertEqual(match(Identity(name: "Sam Rivera", email: "SAM@Example.COM ")), .person(SurveyFixtures.sam))
        XCTAssertEqual(match(Identity(name: "Sam Rivera", email: "s.rivera@example.com")), .person(SurveyFixtures.id(50)))
        XCTAssertEqual(match(Identity(email: "Zoë <zoe@example.com>")), .person(SurveyFixtures.zoe))
        // Only the part before @ in common: not the same person.
        guard case .skipped(let reason) = match(Identity(email: "sam@gmail.com")) else { return XCTFail("sam@gmail.com matched") }
        XCTAssertTrue(reason.contains("nobody in Guild is “sam@gmail.com”"), reason)
        guard case .skipped = match(Identity(email: "zoe@example.co")) else { return XCTFail("a near e-mail matched") }
    }

    func testHandleThenUniqueName() {
        XCTAssertEqual(match(Identity(handle: "@Zoe")), .person(SurveyFixtures.zoe))
        XCTAssertEqual(match(Identity(name: "zoe angstrom")), .person(SurveyFixtures.zoe), "case and accents ignored")
        XCTAssertEqual(match(Identity(name: "Ångström, Zoë")), .person(SurveyFixtures.zoe), "Family, Given")
        XCTAssertEqual(match(Identity(firstName: "Noah", lastName: "Schmidt")), .person(SurveyFixtures.noah))
        XCTAssertEqual(match(Identity(firstName: "由紀", lastName: "田中")), .person(SurveyFixtures.yuki), "family name first")
        XCTAssertEqual(match(Identity(name: "Noah Schmidt", email: "noah.schmidt@gmail.com")), .person(SurveyFixtures.noah),
                       "an e-mail Guild does not have falls back to a unique name")
    }

    func testAmbiguousOrConflictingRowsAreSkippedNotGuessed() {
        for _ in 0..<5 {
            guard case .skipped(let reason) = match(Identity(name: "Sam Rivera")) else { return XCTFail("guessed one of two Sams") }
            XCTAssertEqual(reason, "2 people are named “Sam Rivera” (@sam, @samr); skipped rather than guessed "
                + "(add an e-mail or handle column, or store their e-mails)")
        }
        guard case .skipped(let both) = match(Identity(name: "Sam Rivera", email: "sam@gmail.com")) else { return XCTFail("guessed") }
        XCTAssertTrue(both.contains("is not one Guild has for either"), both)
        guard case .skipped(let conflict) = match(Identity(name: "Noah Schmidt", email: "zoe@example.com")) else {
            return XCTFail("e-mail and name disagree but a person was picked")
        }
        XCTAssertEqual(conflict, "the e-mail is @zoe but the name “Noah Schmidt” is @noah; skipped")
        var shared = data
        shared.people[SurveyFixtures.noah]?.email = "zoe@example.com"
        guard case .skipped(let twice) = SurveyRespondents(shared).match(Identity(email: "zoe@example.com")) else { return XCTFail("guessed") }
        XCTAssertTrue(twice.contains("belongs to @noah, @zoe"), twice)
        XCTAssertEqual(match(Identity()), .skipped("no name, e-mail or handle; skipped"))
    }

    func testAmbiguousRowInAFileIsReportedWithItsRow() throws {
        let plan = try SurveyFixtures.plan(text: "Name,Kubernetes\nSam Rivera,3\nZoë Ångström,4\n", data: data)
        XCTAssertEqual(plan.respondents, 1)
        XCTAssertEqual(plan.changes.map(\.personID), [SurveyFixtures.zoe])
        XCTAssertEqual(plan.problems.map(\.row), [2])
        XCTAssertTrue(plan.problems[0].message.hasPrefix("2 people are named “Sam Rivera”"), plan.problems[0].message)
    }
}
