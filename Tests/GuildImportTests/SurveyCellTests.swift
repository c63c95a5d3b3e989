import Foundation
import GuildCore
@testable import GuildImport
import XCTest

/// One answer cell: numbers, "N - Label", level names, markers; refused fractions and trailing text; the scales.
final class SurveyCellTests: XCTestCase {
    private func level(_ text: String) throws -> SurveyCell.Level? { try SurveyCell.parse(text)?.level }

    func testNumbersLabelsAndNames() throws {
        XCTAssertEqual(try level("3"), .number(3, label: nil))
        XCTAssertEqual(try level("3,0"), .number(3, label: nil), "Excel's decimal comma on a whole number")
        XCTAssertEqual(try level("3.0"), .number(3, label: nil))
        XCTAssertEqual(try level("3 - Proficient"), .number(3, label: .proficient))
        XCTAssertEqual(try level("1 – None"), .number(1, label: SkillLevel.none))
        XCTAssertEqual(try level("5: Expert"), .number(5, label: .expert))
        XCTAssertEqual(try level("4 (Expert)"), .number(4, label: .expert))
        XCTAssertEqual(try level("2 - Comfortable-ish"), .number(2, label: nil), "the form's own label is allowed")
        XCTAssertEqual(try level("Proficient"), .named(.proficient))
        XCTAssertEqual(try level("Advanced"), .named(.proficient))
        XCTAssertEqual(try level("Beginner"), .named(.learning))
        XCTAssertEqual(try level("Intermédiaire"), .named(.working))
        XCTAssertEqual(try level("Expert / can teach"), .named(.expert))
        XCTAssertNil(try SurveyCell.parse("  "))
        XCTAssertNil(try SurveyCell.parse("n/a"))
        let marked = try XCTUnwrap(SurveyCell.parse("4*"))
        XCTAssertEqual(marked, SurveyCell(level: .number(4, label: nil), learn: false, teach: true))
        XCTAssertEqual(try SurveyCell.parse("2 +")?.learn, true)
        let grid = try XCTUnwrap(SurveyCell.parse("3 - Proficient; Can teach"))
        XCTAssertEqual(grid, SurveyCell(level: .number(3, label: .proficient), teach: true))
    }

    func testFractionsAndTrailingTextAreRefused() {
        XCTAssertThrowsError(try SurveyCell.parse("2.5")) { XCTAssertEqual($0 as? SurveyCell.Rejection, .fractional) }
        XCTAssertThrowsError(try SurveyCell.parse("2,5")) { XCTAssertEqual($0 as? SurveyCell.Rejection, .fractional) }
        XCTAssertThrowsError(try SurveyCell.parse("4 is wrong")) { XCTAssertEqual($0 as? SurveyCell.Rejection, .trailingText) }
        XCTAssertThrowsError(try SurveyCell.parse("4stars")) { XCTAssertEqual($0 as? SurveyCell.Rejection, .trailingText) }
        XCTAssertThrowsError(try SurveyCell.parse("expertise lacking")) { XCTAssertEqual($0 as? SurveyCell.Rejection, .unknown) }
        XCTAssertThrowsError(try SurveyCell.parse("maybe")) { XCTAssertEqual($0 as? SurveyCell.Rejection, .unknown) }
        XCTAssertThrowsError(try SurveyCell.parse("3; Expert")) { XCTAssertEqual($0 as? SurveyCell.Rejection, .twoLevels) }
    }

    func testScalesMapExplicitlyOntoGuildLevels() throws {
        let five = SurveyScale.oneToFive
        XCTAssertEqual((1...5).map { five.level($0) }, [SkillLevel.none, .learning, .working, .proficient, .expert])
        XCTAssertNil(five.level(0))
        XCTAssertNil(five.level(6))
        XCTAssertEqual(five.mapping, "1 → 0 none, 2 → 1 learning, 3 → 2 working knowledge, 4 → 3 proficient, 5 → 4 expert / can teach")
        XCTAssertEqual((0...4).map { SurveyScale.guild.level($0) }, SkillLevel.allCases.map(Optional.init))
        let ten = try XCTUnwrap(SurveyScale(option: "0-10"))
        XCTAssertEqual((0...10).compactMap { ten.level($0)?.rawValue }, [0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4])
        XCTAssertEqual(SurveyScale(option: "1–5"), .oneToFive)
        XCTAssertNil(SurveyScale(option: "5"))
        XCTAssertNil(SurveyScale(option: "2-5"))
        XCTAssertNil(SurveyScale(option: "one to five"))
    }

    func testYesNoAnswers() {
        XCTAssertEqual(SurveyCell.yesNo("Yes"), Bool??.some(true))
        XCTAssertEqual(SurveyCell.yesNo("Nein"), Bool??.some(false))
        XCTAssertEqual(SurveyCell.yesNo("Can teach", label: "Can teach"), Bool??.some(true))
        XCTAssertEqual(SurveyCell.yesNo(""), Bool??.some(nil), "blank: no answer")
        XCTAssertEqual(SurveyCell.yesNo("maybe later"), Bool??.none, "not yes or no")
    }
}
