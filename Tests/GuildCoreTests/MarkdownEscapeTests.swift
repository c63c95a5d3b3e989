@testable import GuildCore
import XCTest

/// `MarkdownText.escape` escapes plain ASCII lines byte by byte; it must give exactly what the character-by-character
/// escaping gives, for every line.
final class MarkdownEscapeTests: XCTestCase {
    func testBytesAndCharactersEscapeEveryAsciiLineAlike() {
        let alphabet = ["a", "Z", "0", "7", " ", "\t", "\r", "\n", "\r\n", ".", ":", ")", "-", "+", "=", "\\", "`", "*", "_", "[", "#", "!",
                        "@", "$", "&", "|", "~", "<", ">", "/", "(", "'", "\"", ",", "?", "%", "^", "{", "}", "\u{7F}", "\u{1}"]
        var lines: [String] = ["", "1. item", "1) item", "Q4: plan", "http://evil.com", "2.0", "- list", "Done.", "a.b", "1.2.3", "x\r\n.y"]
        for a in alphabet {
            for b in alphabet {
                lines.append(a + b)
                for c in ["1", ".", "a", ":", " "] { lines.append(a + b + c) }
            }
        }
        for line in lines {
            XCTAssertEqual(MarkdownText.escapeASCII(line), MarkdownText.escapeByCharacter(line), line.debugDescription)
        }
        XCTAssertNil(MarkdownText.escapeASCII("Zoë"), "other lines go character by character")
        XCTAssertEqual(MarkdownText.escape("Zoë's *notes*."), MarkdownText.escapeByCharacter("Zoë's *notes*."))
        XCTAssertGreaterThan(lines.count, 10_000)
    }
}
