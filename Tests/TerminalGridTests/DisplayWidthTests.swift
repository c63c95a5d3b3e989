import Glibc
import TerminalGrid
import XCTest

@_silgen_name("wcwidth") func c_wcwidth(_: Int32) -> Int32

final class DisplayWidthTests: XCTestCase {
    func testScalarWidthsMatchGlibcWcwidth() {
        XCTAssertNotNil(setlocale(LC_ALL, "C.UTF-8"))
        var samples: [UInt32] = Array(0x20...0x7E) + Array(0xA0...0x17F)
        samples += [0x0300, 0x0301, 0x0308, 0x036F, 0x0483, 0x0591, 0x064B, 0x0E31, 0x200B, 0x200D, 0x20DD, 0xFE0F, 0x00AD]
        samples += [0x1100, 0x115F, 0x1160, 0x11A8, 0x3042, 0x30A2, 0x4E00, 0x65E5, 0x672C, 0x8A9E, 0x9FFF, 0xAC00, 0xD55C, 0xD7A3]
        samples += [0xFF01, 0xFF21, 0xFF61, 0xFFE0, 0x3000, 0x3001, 0x20000, 0x2F800]
        samples += Array(0x2500...0x257F) + Array(0x2580...0x259F) + [0x2581, 0x2588, 0x2026, 0x2022, 0x00B7]
        samples += [0x1F600, 0x1F389, 0x1F44D, 0x1F680, 0x1F9D1, 0x1F3FB, 0x2705, 0x274C, 0x2B50, 0x231A, 0x23F0, 0x2614]
        samples += [0x2764, 0x263A, 0x2600, 0x1F1E6, 0x1F1FA, 0x00E9, 0x00F1, 0x0107, 0x20AC, 0x2190, 0x2191, 0x25B6, 0x23CE]
        samples += [0x0600, 0x06DD, 0x070F, 0x110BD, 0xE000, 0xF8FF]
        for value in samples {
            let scalar = Unicode.Scalar(value)!
            let expected = Int(c_wcwidth(Int32(value)))
            XCTAssertEqual(DisplayWidth.of(scalar), expected, "U+\(String(value, radix: 16, uppercase: true)) \(scalar)")
        }
    }

    func testGraphemeWidths() {
        XCTAssertEqual(DisplayWidth.of("a" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("日" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("🎉" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("👍🏽" as Character), 2, "skin tone modifier joins the emoji")
        XCTAssertEqual(DisplayWidth.of("e\u{0301}" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("❤\u{FE0F}" as Character), 2, "VS16 makes the base wide")
        XCTAssertEqual(DisplayWidth.of("❤" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("🇫🇷" as Character), 2, "a flag pair is one wide glyph")
        XCTAssertEqual(DisplayWidth.of("\u{200B}" as Character), 0)
    }

    func testStringWidths() {
        XCTAssertEqual(DisplayWidth.of(""), 0)
        XCTAssertEqual(DisplayWidth.of("hello"), 5)
        XCTAssertEqual(DisplayWidth.of("日本語"), 6)
        XCTAssertEqual(DisplayWidth.of("a🎉b"), 4)
        XCTAssertEqual(DisplayWidth.of("cafe\u{0301}"), 4)
        XCTAssertEqual(DisplayWidth.of("▁▂▃▄▅▆▇█"), 8)
        XCTAssertEqual(DisplayWidth.of("┌─┐"), 3)
    }

    func testTruncateCutsAtDisplayWidthWithEllipsis() {
        XCTAssertEqual(DisplayWidth.truncate("hello world", toWidth: 8), "hello w…")
        XCTAssertEqual(DisplayWidth.truncate("hello", toWidth: 5), "hello")
        XCTAssertEqual(DisplayWidth.truncate("hello", toWidth: 4), "hel…")
        XCTAssertEqual(DisplayWidth.truncate("hello", toWidth: 1), "…")
        XCTAssertEqual(DisplayWidth.truncate("hello", toWidth: 0), "")
        XCTAssertEqual(DisplayWidth.truncate("hello", toWidth: -3), "")
        XCTAssertEqual(DisplayWidth.truncate("hello", toWidth: 3, ellipsis: "..."), "...")
        XCTAssertEqual(DisplayWidth.truncate("hello", toWidth: 2, ellipsis: "..."), "he")
    }

    func testTruncateNeverSplitsAWideGlyph() {
        XCTAssertEqual(DisplayWidth.truncate("日本語", toWidth: 5), "日本…")
        XCTAssertEqual(DisplayWidth.truncate("日本語", toWidth: 4), "日…")
        XCTAssertEqual(DisplayWidth.truncate("日本語", toWidth: 2), "…")
        XCTAssertEqual(DisplayWidth.truncate("a🎉🎉", toWidth: 4), "a🎉…")
        XCTAssertEqual(DisplayWidth.truncate("cafe\u{0301}s", toWidth: 4), "caf…")
        for width in 0...8 {
            let cut = DisplayWidth.truncate("日a本🎉語x", toWidth: width)
            XCTAssertLessThanOrEqual(DisplayWidth.of(cut), width, "width \(width): \(cut)")
        }
    }

    func testPadAndPrefix() {
        XCTAssertEqual(TextLayout.pad("日本", toWidth: 6, alignment: .right), "  日本")
        XCTAssertEqual(TextLayout.pad("ab", toWidth: 5, alignment: .center), " ab  ")
        XCTAssertEqual(TextLayout.prefix("日本語", width: 3), "日")
        XCTAssertEqual(TextLayout.suffix("日本語", width: 5), "本語")
    }
}
