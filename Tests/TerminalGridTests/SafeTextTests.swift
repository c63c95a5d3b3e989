import TerminalGrid
import XCTest

final class SafeTextTests: XCTestCase {
    func testEscapeSequencesBecomeVisibleSymbols() {
        XCTAssertEqual(SafeText.sanitize("\u{1B}[2J\u{1B}]0;pwned\u{07}"), "␛[2J␛]0;pwned␇")
    }

    func testEveryControlIsReplaced() {
        XCTAssertEqual(SafeText.sanitize("a\tb"), "a b")
        XCTAssertEqual(SafeText.sanitize("a\nb"), "a⏎b")
        XCTAssertEqual(SafeText.sanitize("a\rb"), "a␍b")
        XCTAssertEqual(SafeText.sanitize("\u{00}\u{7F}"), "␀␡")
        XCTAssertEqual(SafeText.sanitize("x\u{9B}31m"), "x�31m", "C1 CSI")
        XCTAssertEqual(SafeText.sanitize("\u{202E}evil\u{2066}"), "�evil�", "bidi overrides")
        for value in UInt32(0)...0x9F {
            let text = String(Unicode.Scalar(value)!)
            XCTAssertFalse(SafeText.sanitize(text).unicodeScalars.contains(where: SafeText.isUnsafe), "U+\(value)")
        }
    }

    func testSafeTextIsUntouched() {
        let text = "Grüße 日本 🎉 e\u{0301} ┌─┐"
        XCTAssertEqual(SafeText.sanitize(text), text)
    }

    func testCharacterSanitizer() {
        XCTAssertEqual(SafeText.sanitize("\u{1B}" as Character), "␛")
        XCTAssertEqual(SafeText.sanitize("a" as Character), "a")
    }

    func testEveryBidiControlIsReplaced() {
        for value: UInt32 in [0x61C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            let scalar = Unicode.Scalar(value)!
            XCTAssertTrue(SafeText.isUnsafe(scalar), "U+\(String(value, radix: 16))")
            XCTAssertEqual(SafeText.sanitize("a\(scalar)b"), "a�b")
        }
        XCTAssertFalse(SafeText.isUnsafe("\u{200D}"), "a zero-width joiner only joins emoji")
    }

    func testDocumentsKeepTheirLineEndsAndTabs() {
        XCTAssertEqual(SafeText.sanitizeDocument("# T\n\n| a\t| b |\r\nEND\n"), "# T\n\n| a\t| b |\r\nEND\n")
        XCTAssertEqual(SafeText.sanitizeDocument("a\rb\r"), "a␍b␍", "a lone carriage return could overwrite what a line showed")
        XCTAssertEqual(SafeText.sanitizeDocument("x\u{1B}]0;t\u{07}\ny\u{85}\u{9B}2J\u{202E}\u{0}"), "x␛]0;t␇\ny��2J�␀")
        let hostile = (0...0x9F).map { String(Unicode.Scalar(UInt32($0))!) }.joined() + "\u{202E}\u{2066}\u{200F}"
        let safe = SafeText.sanitizeDocument(hostile)
        XCTAssertFalse(safe.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        XCTAssertFalse(safe.contains("\r"), "the only CR in it is not followed by LF")
    }
}
