import Foundation
import GuildTestSupport
@testable import GuildUI
import XCTest

/// The README's keys section is the keymap: every id of every screen, with its keys and help, and nothing else.
final class KeyReferenceTests: XCTestCase {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    /// The text between the README's keys markers.
    static func readmeSection() throws -> String {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let begin = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("<!-- keys:begin") }, "README has a keys:begin marker")
        let end = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("<!-- keys:end") }, "README has a keys:end marker")
        XCTAssertLessThan(begin, end)
        return lines[(begin + 1)..<end].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testTheReadmeListsExactlyTheKeymap() throws {
        let section = try Self.readmeSection()
        let generated = KeyReference.markdown(.standard).trimmingCharacters(in: .whitespacesAndNewlines)
        guard section != generated else { return }
        let keymap = generated.components(separatedBy: "\n"), readme = section.components(separatedBy: "\n")
        let differing = (0..<max(keymap.count, readme.count)).filter { index in
            (index < keymap.count ? keymap[index] : nil) != (index < readme.count ? readme[index] : nil)
        }
        let report = differing.prefix(6).map { index in
            "line \(index + 1)\n  keymap |\(index < keymap.count ? keymap[index] : "(none)")|\n  README |\(index < readme.count ? readme[index] : "(none)")|"
        }
        XCTFail("README.md's keys section and the keymap disagree; run scripts/readme-keys.sh:\n" + report.joined(separator: "\n"))
    }

    func testEveryIdIsInTheReadmeAndEveryIdThereIsBound() throws {
        let section = try Self.readmeSection()
        let ids = Set(Keymap.standard.bindings.map(\.id))
        // The id column: the third cell of each table row.
        let listed = section.split(separator: "\n").compactMap { row -> String? in
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 5, cells[3].hasPrefix("`") else { return nil }
            return cells[3].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
        }
        XCTAssertEqual(listed.count, Set(listed).count, "each id once")
        XCTAssertEqual(Set(listed).subtracting(ids), [], "ids in the README that the keymap does not have")
        XCTAssertEqual(ids.subtracting(listed), [], "ids of the keymap missing from the README")
    }

    func testTheReferenceHasATablePerScreenAndSurvivesAnyKey() {
        var keymap = Keymap.standard.applying(overrides: Data(#"{"app.quit": ["|", "`"]}"#.utf8)).keymap
        keymap = keymap.applying(overrides: Data(#"{"pane.zoom": []}"#.utf8)).keymap
        let text = KeyReference.markdown(keymap)
        for screen in KeyScreen.allCases { XCTAssertTrue(text.contains("### \(screen.title)\n"), screen.title) }
        let quit = text.split(separator: "\n").first { $0.contains("`app.quit`") }.map(String.init) ?? ""
        XCTAssertEqual(quit, "| App | `\\|`, `` ` `` | `app.quit` | quit |")
        XCTAssertTrue(text.contains("| Panes | (unbound) | `pane.zoom` |"), text)
    }
}
