import XCTest

/// Asserts that a `guild` run failed the way every command must: non-zero, exactly one line on stderr that mentions
/// `mentions`, and no trap or backtrace.
public func assertOneLineFailure(_ result: GuildBinary.Outcome, mentions: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertNotEqual(result.status, 0, "should fail", file: file, line: line)
    let lines = result.stderr.split(separator: "\n").filter { !$0.isEmpty }
    XCTAssertEqual(lines.count, 1, "one line on stderr, got: \(result.stderr)", file: file, line: line)
    XCTAssertTrue(result.stderr.contains(mentions), "stderr mentions \(mentions): \(result.stderr)", file: file, line: line)
    for crash in ["Fatal error", "Backtrace", "Stack dump", "💣"] {
        XCTAssertFalse(result.stderr.contains(crash), "no trap or backtrace: \(result.stderr)", file: file, line: line)
    }
}
