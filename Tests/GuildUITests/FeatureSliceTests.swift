import Foundation
import XCTest

/// State by screen, kept by a scan of Sources/GuildUI: each feature's reducer works on its own state with an environment
/// (never the whole `AppState`, which only the app's glue — `App/` and the `AppState+…` files — and `render` may name),
/// and nothing in GuildUI reads the clock or makes ids itself (`Date()`, `UUID()`): both come in through actions and
/// environments, so every reducer test is deterministic.
final class FeatureSliceTests: XCTestCase {
    private struct SourceFile {
        let name: String
        let folder: String
        /// The lines that are code (comment lines dropped), numbered from 1.
        let code: [(number: Int, text: String)]
    }

    private func sources() throws -> [SourceFile] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/GuildUI")
        var files: [SourceFile] = []
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        for case let file as URL in enumerator where file.pathExtension == "swift" {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            let code = lines.enumerated().filter { !$0.element.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.map { ($0.offset + 1, $0.element) }
            files.append(SourceFile(name: file.lastPathComponent, folder: file.deletingLastPathComponent().lastPathComponent, code: code))
        }
        return files
    }

    /// Whether `file` is the app's glue, which scopes actions to the features and performs what they ask.
    private func isAppGlue(_ file: SourceFile) -> Bool {
        file.folder == "App" || file.name.hasPrefix("AppState+") || ["Render.swift", "ScreenContext.swift"].contains(file.name)
    }

    func testOnlyTheAppsGlueNamesTheWholeAppState() throws {
        let files = try sources()
        let reducers = files.filter { $0.name.hasSuffix("+Reduce.swift") }.map(\.name)
        for expected in ["Dialog+Reduce.swift", "SavingState+Reduce.swift", "PaneSelection+Reduce.swift", "Overlay+Reduce.swift",
                         "HomeState+Reduce.swift", "ConflictsScreenState+Reduce.swift", "SkillsMapState+Reduce.swift", "SyncState+Reduce.swift"] {
            XCTAssertTrue(reducers.contains(expected), "\(expected) is a feature reducer the scan sees")
        }
        var found: [String] = []
        for file in files where !isAppGlue(file) {
            for line in file.code where line.text.contains("AppState") { found.append("\(file.name):\(line.number)") }
        }
        XCTAssertEqual(found, [], "feature code (reducers, environments, views) that takes the whole AppState")
    }

    func testNoReducePathReadsTheClockOrMakesAnID() throws {
        var found: [String] = []
        let forbidden = ["UUID()", "Date()", "Date.now", ".init(timeIntervalSinceNow", "SystemRandomNumberGenerator", ".random("]
        for file in try sources() {
            for line in file.code where forbidden.contains(where: line.text.contains) {
                found.append("\(file.folder)/\(file.name):\(line.number): \(line.text.trimmingCharacters(in: .whitespaces))")
            }
        }
        XCTAssertEqual(found, [], "GuildUI must take the clock and ids as inputs (actions, IDSource, environments)")
    }
}
