import XCTest
import GuildUI

final class PreviewTests: XCTestCase {
    func testPrintPreview() throws {
        guard ProcessInfo.processInfo.environment["PREVIEW"] != nil else { throw XCTSkip("set PREVIEW=1 to print screens") }
        for (w, h) in [(120, 40), (80, 24)] {
            let state = Fixtures.state(width: w, height: h)
            print(render(state).lines().joined(separator: "\n"))
        }
    }
}
