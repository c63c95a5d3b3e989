import Foundation
import XCTest

/// Views draw their feature's slice of state and the `ScreenContext` (theme, size, keymap, clock, data), never the whole
/// `AppState`: only `render` (which picks the slices off the route) and `ScreenContext` (built from the state once a
/// frame) may name it. A scan of the view files keeps it so.
final class ViewSliceTests: XCTestCase {
    func testNoViewTakesTheWholeAppState() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/GuildUI")
        let allowed: Set<String> = ["Render.swift", "ScreenContext.swift"]
        let viewNames = ["View.swift", "Screen.swift", "Pane.swift", "Panel.swift", "Overlay.swift", "StatusLine.swift", "Scaffold.swift",
                         "TitleBar.swift", "Banner.swift", "Badge.swift", "PaneInfo.swift", "RowList.swift", "PaneFrame.swift"]
        var views: [String] = []
        var found: [String] = []
        let files = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        for case let file as URL in files where file.pathExtension == "swift" {
            let name = file.lastPathComponent
            let folder = file.deletingLastPathComponent().lastPathComponent
            let isView = folder == "Screens" || folder == "Panes" || viewNames.contains { name.hasSuffix($0) }
            guard isView, !allowed.contains(name) else { continue }
            views.append(name)
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (number, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                if line.contains("AppState") { found.append("\(name):\(number + 1)") }
            }
        }
        for expected in ["HomeScreen.swift", "StatusLine.swift", "SessionsPane.swift", "MatrixPane.swift", "ActionsPane.swift", "DetailView.swift",
                         "ConflictsView.swift", "SkillsMapScreen.swift"] {
            XCTAssertTrue(views.contains(expected), "\(expected) is scanned")
        }
        XCTAssertEqual(found, [], "these views read the whole AppState")
    }
}
