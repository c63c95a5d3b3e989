@testable import GuildCore
import XCTest

/// Plain ASCII texts are split into words byte by byte; the words must be exactly those the split by characters gives.
final class QueryWordsASCIISplitTests: XCTestCase {
    func testEveryASCIIByteSplitsAsItsCharacterDoes() {
        let every = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        var texts = [every, "", " ", "a", "1", "ab12 cd", "CI/CD", "k8s, go 1.22; C++!", "line one\r\nline two\n", "\t\u{7F}x\u{0}y", "end."]
        var random = SeededRandom(seed: 11)
        for _ in 0..<500 {
            let length = Int(random.next() % 40)
            texts.append(String(decoding: (0..<length).map { _ in UInt8(random.next() % 128) }, as: UTF8.self))
        }
        for text in texts {
            XCTAssertEqual(QueryWords.words(ofFolded: text), QueryWords.words(byCharacterOfFolded: text), text.debugDescription)
        }
        // Beyond ASCII the characters decide (nothing changes there).
        XCTAssertEqual(QueryWords.words(ofFolded: "zoë's café"), ["zoë", "s", "café"])
    }
}
