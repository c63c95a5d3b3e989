@testable import GuildUI
import TerminalGrid
import XCTest

/// Wrapping is linear in the length of the text: each grapheme is measured at most twice, whatever the words.
final class WordWrapTests: XCTestCase {
    /// How many graphemes `WordWrap` measured to wrap `text` to `width`.
    private func measurements(_ text: String, width: Int) -> (lines: [String], count: Int) {
        var count = 0
        let lines = WordWrap.lines(text, width: width) { character in
            count += 1
            return DisplayWidth.of(character)
        }
        return (lines, count)
    }

    func testAHundredThousandCharacterWordIsMeasuredAtMostTwice() {
        for length in [1_000, 10_000, 100_000] {
            let word = String(repeating: "x", count: length)
            for width in [1, 7, 80] {
                let (lines, count) = measurements(word, width: width)
                XCTAssertLessThanOrEqual(count, 2 * length, "length \(length), width \(width)")
                XCTAssertEqual(lines.count, (length + width - 1) / width)
                XCTAssertEqual(lines.joined(), word)
            }
        }
    }

    func testLongTextOfManyWordsIsMeasuredOnce() {
        let text = Array(repeating: "lorem ipsum dolor 日本語 sit", count: 4_000).joined(separator: " ")
        let (lines, count) = measurements(text, width: 40)
        XCTAssertLessThanOrEqual(count, text.count)
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        XCTAssertEqual(lines.joined(separator: " "), text)
    }

    func testWrappingKeepsWordsAndCutsOnlyWhatDoesNotFit() {
        XCTAssertEqual(WordWrap.lines("the quick brown fox", width: 10), ["the quick", "brown fox"])
        XCTAssertEqual(WordWrap.lines("abcdefghij klm", width: 4), ["abcd", "efgh", "ij", "klm"])
        XCTAssertEqual(WordWrap.lines("日本語の文", width: 4), ["日本", "語の", "文"])
        XCTAssertEqual(WordWrap.lines("日本", width: 1), ["日", "本"], "a glyph wider than the line gets a line of its own")
        XCTAssertEqual(WordWrap.lines("", width: 5), [""])
        XCTAssertEqual(WordWrap.lines("a\u{1B}]0;x\u{07}", width: 20), ["a␛]0;x␇"])
        XCTAssertEqual(WordWrap.lines("anything", width: 0), [""])
    }
}
