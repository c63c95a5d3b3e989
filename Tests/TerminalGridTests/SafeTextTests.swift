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
}
