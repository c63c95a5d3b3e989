@testable import GuildCore
import XCTest

/// What a person wrote lands in Markdown as literal text (the structure is checked with a real parser in
/// GuildCLITests' `HostileTextEndToEndTests`).
final class MarkdownTextTests: XCTestCase {
    func testEverythingMarkdownActsOnIsEscaped() {
        XCTAssertEqual(MarkdownText.text("Bob | Tables <script>alert(1)</script> *Star* [x](http://evil)"),
                       ##"Bob \| Tables \<script\>alert(1)\</script\> \*Star\* \[x\](http\://evil)"##)
        XCTAssertEqual(MarkdownText.text("_a_ `code` ~~s~~ &amp; ![i](x) # not a heading #"),
                       ##"\_a\_ \`code\` \~\~s\~\~ \&amp; \!\[i\](x) \# not a heading \#"##)
        XCTAssertEqual(MarkdownText.text("www.evil.com, bob@evil.org, Node.js 2.0"), ##"www\.evil\.com, bob\@evil\.org, Node\.js 2\.0"##)
        XCTAssertEqual(MarkdownText.text(##"back\slash"##), ##"back\\slash"##)
    }

    func testMarkersAtTheStartAreEscapedOnlyThere() {
        XCTAssertEqual(MarkdownText.text("- item"), ##"\- item"##)
        XCTAssertEqual(MarkdownText.text("+ item"), ##"\+ item"##)
        XCTAssertEqual(MarkdownText.text("> quote"), ##"\> quote"##)
        XCTAssertEqual(MarkdownText.text("1. first"), ##"1\. first"##)
        XCTAssertEqual(MarkdownText.text("12) first"), ##"12\) first"##)
        XCTAssertEqual(MarkdownText.text("==="), ##"\==="##)
        XCTAssertEqual(MarkdownText.text("Zero-downtime migrations"), "Zero-downtime migrations")
        XCTAssertEqual(MarkdownText.text("Zoë Å. and Q4: plans (draft)"), "Zoë Å. and Q4: plans (draft)")
    }

    func testTextIsPutOnOneLineAndCellsAreNeverEmpty() {
        XCTAssertEqual(MarkdownText.text("a\n# b\tc"), ##"a \# b c"##)
        XCTAssertEqual(MarkdownText.cell("  "), "—")
        XCTAssertEqual(MarkdownText.lines("one\n- two\n\nthree"), "one\\\n\\- two\\\nthree")
    }

    func testLinksEscapeTheLabelAndEncodeTheTarget() {
        XCTAssertEqual(MarkdownText.link("a ] b", to: "minutes/x (1).md"), ##"[a \] b](minutes/x%20%281%29.md)"##)
    }

    func testStoredDocumentsLoseRawHTMLOnly() {
        XCTAssertEqual(MarkdownText.withoutRawHTML("## T\n<script>x</script> \\<kept\\> **b**\n"), "## T\n\\<script>x\\</script> \\<kept\\> **b**\n")
    }

    func testEscapingIsLinearInTheLength() {
        let long = String(repeating: "a.b|", count: 50_000)
        XCTAssertEqual(MarkdownText.text(long).count, long.count + 100_000)
    }

    func testExcerptsKeepTheStartAndSayHowLong() {
        XCTAssertEqual(TextExcerpt.of("short"), "short")
        let cell = String(repeating: "x", count: 2_000_000)
        XCTAssertEqual(TextExcerpt.of(cell), String(repeating: "x", count: 60) + "… (2,000,000 characters)")
    }

    func testUTF8IsCheckedWithThePlace() {
        XCTAssertEqual(try UTF8Text.decode(Data("Zoë\n日本".utf8)).get(), "Zoë\n日本")
        guard case .failure(let error) = UTF8Text.decode(Data([0x61, 0x0A, 0x62, 0x63, 0xFF, 0x64])) else { return XCTFail("accepted") }
        XCTAssertEqual(error.description, "line 2, column 3: not valid UTF-8 (byte 0xFF)")
        guard case .failure = UTF8Text.decode(Data([0xC0, 0xAF])) else { return XCTFail("an overlong form was accepted") }
        guard case .failure = UTF8Text.decode(Data([0xED, 0xA0, 0x80])) else { return XCTFail("a surrogate was accepted") }
    }
}
