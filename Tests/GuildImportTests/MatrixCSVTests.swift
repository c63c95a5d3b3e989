import Foundation
import GuildCore
@testable import GuildImport
import XCTest

/// The exported matrix opens in a spreadsheet as text: no cell a person wrote becomes a formula.
final class MatrixCSVTests: XCTestCase {
    func testCellsThatSpreadsheetsRunAreNeutralised() throws {
        let t0 = Date(timeIntervalSince1970: 1_790_000_000)
        var data = GuildData()
        let people = [("=HYPERLINK(\"http://evil\",\"x\")", "eq"), ("+1+2", "plus"), ("-2+3", "minus"), ("@SUM(A1)", "at"),
                      ("\tTab", "tab"), ("\rCR", "cr"), ("Zoë = fine", "zoe")]
        var ids: [UUID] = []
        for (name, handle) in people {
            let person = Person(name: name, handle: handle, team: "=cmd|' /C calc'!A0", updatedAt: t0)
            ids.append(person.id)
            data.upsert(person)
        }
        let skill = Skill(name: "-Kubernetes", category: "Infra", updatedAt: t0)
        data.upsert(skill)
        for id in ids {
            var sheet = RatingSheet(personID: id, updatedAt: t0)
            sheet.record(SkillRating(skillID: skill.id, level: .working, wantsToLearn: true, ratedAt: t0))
            data.upsert(sheet)
        }
        let text = try MatrixCSV.text(SkillsMatrix(data: data))
        let rows = try SurveyTable.read(Data(text.utf8)).rows
        XCTAssertTrue(text.hasPrefix("Name,Handle,E-mail,Team,'-Kubernetes\n"), text)
        for row in rows {
            for (index, cell) in row.fields.enumerated() where index != 4 {
                guard let first = cell.unicodeScalars.first else { continue }
                XCTAssertFalse(["=", "+", "-", "@", "\t", "\r"].contains(first), "row \(row.row) cell \(index): \(cell)")
            }
            XCTAssertEqual(row.fields[3], "'=cmd|' /C calc'!A0")
            XCTAssertEqual(row.fields[4], "2+", "levels stay as they are")
        }
        XCTAssertTrue(rows.contains { $0.fields[0] == "'=HYPERLINK(\"http://evil\",\"x\")" })
        XCTAssertTrue(rows.contains { $0.fields[0] == "Zoë = fine" })
    }
}
