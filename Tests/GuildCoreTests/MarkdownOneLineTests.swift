@testable import GuildCore
import Foundation
import XCTest

/// `MarkdownText.oneLine` returns a text that is one trimmed line already as it is, without Foundation's trimming: it
/// must give exactly what splitting, joining and trimming give, for every text.
final class MarkdownOneLineTests: XCTestCase {
    func testTheShortCutGivesWhatTheLongWayGives() {
        let pieces = ["", " ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{A0}", "\u{3000}", "\u{2009}",
                      "\u{200B}", "\u{FEFF}", "\u{1680}", "\u{202F}", "\u{205F}", "\u{180E}", "\u{301}", "e\u{301}", "Zoë", "a", "Bob | *x*", "🎉", "👩‍💻", "ｋ", "x y"]
        var checked = 0
        for a in pieces {
            for b in pieces {
                for c in ["", "a", " ", "\u{301}", "\n"] {
                    let text = a + b + c
                    XCTAssertEqual(MarkdownText.oneLine(text), MarkdownText.oneLineSlowly(text), "\(Array(text.unicodeScalars))")
                    let longWay = text.split(whereSeparator: \.isNewline).map { MarkdownText.escape(String($0).trimmingCharacters(in: .whitespaces)) }
                        .filter { !$0.isEmpty }.joined(separator: "\\\n")
                    XCTAssertEqual(MarkdownText.lines(text), longWay, "\(Array(text.unicodeScalars))")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 3_000)
    }
}
