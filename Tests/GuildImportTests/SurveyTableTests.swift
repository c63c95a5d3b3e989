import Foundation
@testable import GuildImport
import XCTest

/// Reading survey files as their producers write them: delimiters, encodings, line ends, quotes.
final class SurveyTableTests: XCTestCase {
    func testDelimiterIsDetectedForCommaSemicolonAndTab() throws {
        XCTAssertEqual(try SurveyTable.read(SurveyFixtures.bytes("google-forms-sheets.csv")).delimiter, .comma)
        XCTAssertEqual(try SurveyTable.read(SurveyFixtures.bytes("excel-de.csv")).delimiter, .semicolon)
        XCTAssertEqual(try SurveyTable.read(SurveyFixtures.bytes("excel-unicode-text.txt")).delimiter, .tab)
        // A ;-file whose titles hold commas, and decimal commas in the answers.
        let semicolon = try SurveyTable.read(Data("Name;Wie gut kennst du Kubernetes, Helm?;Go\r\nZoë;3;2,5\r\nBo;1;2\r\n".utf8))
        XCTAssertEqual(semicolon.delimiter, .semicolon)
        XCTAssertEqual(semicolon.header, ["Name", "Wie gut kennst du Kubernetes, Helm?", "Go"])
        XCTAssertEqual(semicolon.rows.map(\.fields), [["Zoë", "3", "2,5"], ["Bo", "1", "2"]])
        let tab = try SurveyTable.read(Data("Name\tKubernetes, Helm\tGo\nZoë\t3\t2\n".utf8))
        XCTAssertEqual(tab.delimiter, .tab)
        XCTAssertEqual(tab.rows.first?.fields, ["Zoë", "3", "2"])
        // Excel's "sep=" first line names the delimiter; rows are counted from the header below it.
        let sep = try SurveyTable.read(Data("sep=;\nName;Go\nZoë;3\n".utf8))
        XCTAssertEqual(sep.delimiter, .semicolon)
        XCTAssertEqual(sep.header, ["Name", "Go"])
        XCTAssertEqual(sep.rows.first?.row, 2)
        XCTAssertEqual(sep.rows.first?.line, 3)
        // --delimiter wins over detection.
        XCTAssertEqual(try SurveyTable.read(Data("a;b,c\n1;2,3\n".utf8), delimiter: .comma).header, ["a;b", "c"])
    }

    func testEncodingsExcelAndFormToolsWrite() throws {
        let bom = try SurveyTable.read(SurveyFixtures.bytes("microsoft-forms.csv"))
        XCTAssertEqual(bom.encoding, "UTF-8 with BOM")
        XCTAssertEqual(bom.header.first, "ID", "the byte-order mark is not part of the first title")
        let french = try SurveyTable.read(SurveyFixtures.bytes("excel-fr.csv"))
        XCTAssertEqual(french.encoding, "Windows-1252")
        XCTAssertEqual(french.header[1], "Prénom")
        XCTAssertEqual(french.rows.first?.fields[1], "Chloé")
        let unicode = try SurveyTable.read(SurveyFixtures.bytes("excel-unicode-text.txt"))
        XCTAssertEqual(unicode.encoding, "UTF-16")
        XCTAssertEqual(unicode.rows.last?.fields.first, "Fatima Zahra El-Idrissi")
        XCTAssertThrowsError(try SurveyTable.read(Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]))) { error in
            XCTAssertTrue("\(error)".contains("Excel workbook"), "\(error)")
        }
        XCTAssertThrowsError(try SurveyTable.read(Data([0x4E, 0x61, 0x00, 0x01, 0x0A]))) { error in
            XCTAssertTrue("\(error)".contains("not text"), "\(error)")
        }
        XCTAssertThrowsError(try SurveyTable.read(Data("just one title\nvalue\n".utf8))) { error in
            XCTAssertTrue("\(error)".contains("single column"), "\(error)")
        }
    }

    func testRowsAndLinesWhenAnswersSpanLines() throws {
        let table = try SurveyTable.read(SurveyFixtures.bytes("google-forms-sheets.csv"))
        XCTAssertEqual(table.rows.map(\.row), [2, 3, 4, 5])
        XCTAssertEqual(table.rows.map(\.line), [2, 3, 5, 6], "row 3's comment spans two lines")
        XCTAssertEqual(table.rows[1].fields.last, "Loved it,\r\nthanks!")
        XCTAssertEqual(table.rows[2].position, "row 4 (line 5)")
        // Microsoft Forms keeps a question's line break in its title: read as one line.
        let forms = try SurveyTable.read(SurveyFixtures.bytes("microsoft-forms.csv"))
        XCTAssertEqual(forms.header.last, "What is one thing you'd like to learn next quarter?")
        XCTAssertEqual(forms.rows.map(\.line), [3, 4, 5])
    }

    func testStrayQuoteIsReportedWithItsRowAndTheNextRespondentIsStillRead() throws {
        let table = try SurveyTable.read(SurveyFixtures.bytes("stray-quote.csv"))
        XCTAssertEqual(table.problems.map(\.row), [2])
        XCTAssertTrue(table.problems[0].message.contains("not closed"), table.problems[0].message)
        XCTAssertEqual(table.rows.map { $0.fields.first }, ["Sam Rivera", "Priya Raman"], "Sam is not swallowed")
        XCTAssertEqual(table.rows.last?.fields.last, "multi-line\ncomment, kept", "a genuine multi-line answer still reads")

        // A quote that is never closed at all, at the end of the file.
        let open = try SurveyTable.read(Data("Name,Go,Note\nZoë,3,ok\nBo,2,\"oops\nSam,1,fine\n".utf8))
        XCTAssertEqual(open.problems.map(\.row), [3])
        XCTAssertEqual(open.rows.map { $0.fields.first }, ["Zoë", "Sam"])
        // A quote closed in the middle of a field: "2"x.
        let closed = try SurveyTable.read(Data("Name,Go,Note\nZoë,\"2\"x,ok\nSam,1,fine\n".utf8))
        XCTAssertEqual(closed.problems.map(\.description), ["row 2: text after a closing quote in field 2 (a stray \" ?); this line is skipped"])
        XCTAssertEqual(closed.rows.map { $0.fields.first }, ["Sam"])
        // A quote in the middle of an unquoted field is text, as spreadsheets read it.
        XCTAssertEqual(try SurveyTable.read(Data("Name,Go\nBo \"the rock\" Chen,2\n".utf8)).rows.first?.fields, ["Bo \"the rock\" Chen", "2"])
    }
}
