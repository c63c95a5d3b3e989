import Foundation
@testable import GuildUI
import TerminalGrid
import XCTest

/// Theme files: every built-in loads with every role, broken files are named precisely, and the bundle ships Themes/.
final class ThemeTests: XCTestCase {
    func testEveryBuiltInThemeLoadsWithEveryRole() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.themesFolder.path).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertEqual(files, ["colorblind.json", "default.json", "high-contrast.json", "light.json", "monochrome.json"])
        for file in files {
            let data = try Data(contentsOf: Fixtures.themesFolder.appendingPathComponent(file))
            let theme = try Theme.load(from: data, name: String(file.dropLast(5)), source: "Themes/\(file)")
            XCTAssertEqual(theme.missingRoles, [], "\(file) leaves roles undefined")
            XCTAssertFalse(theme.summary.isEmpty, "\(file) has a description")
        }
    }

    func testCatalogOrderAndCycling() {
        let (catalog, problems) = ThemeCatalog.load(builtInFolder: Fixtures.themesFolder, userFolder: nil)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(catalog.themes.map(\.name), ThemeCatalog.builtInNames)
        XCTAssertEqual(catalog.theme(after: "monochrome").name, "default")
        XCTAssertEqual(catalog.startTheme(preferred: nil, noColor: true).theme.name, "monochrome")
        XCTAssertEqual(catalog.startTheme(preferred: "light", noColor: false).theme.name, "light")
        let missing = catalog.startTheme(preferred: "neon", noColor: false)
        XCTAssertEqual(missing.theme.name, "default")
        XCTAssertEqual(missing.problems.count, 1)
        XCTAssertTrue(missing.problems[0].contains("\"neon\" not found"))
    }

    func testMonochromeUsesNoColours() throws {
        let theme = try XCTUnwrap(Fixtures.catalog.theme(named: "monochrome"))
        for role in ThemeRole.allCases {
            XCTAssertEqual(theme.style(role).fg, .default, role.rawValue)
            XCTAssertEqual(theme.style(role).bg, .default, role.rawValue)
        }
        // Focus and selection stay visible by attributes alone.
        XCTAssertTrue(theme.style(.selection).attributes.contains(.reverse))
        XCTAssertTrue(theme.style(.borderFocused).attributes.contains(.bold))
    }

    func testLevelRampIsDistinctInEveryColourTheme() throws {
        for name in ["default", "light", "high-contrast", "colorblind"] {
            let theme = try XCTUnwrap(Fixtures.catalog.theme(named: name))
            let ramp = [ThemeRole.unrated, .level0, .level1, .level2, .level3, .level4].map { theme.style($0) }
            XCTAssertEqual(Set(ramp).count, ramp.count, "\(name): every level looks different")
        }
    }

    func testBrokenThemeNamesFileAndKey() {
        let json = #"{"name": "x", "roles": {"text": {"fg": "white"}, "warning": {"fg": "reddish"}}}"#
        XCTAssertThrowsError(try Theme.load(from: Data(json.utf8), name: "x", source: "Themes/x.json")) { error in
            let message = (error as? ThemeError)?.description ?? ""
            XCTAssertTrue(message.hasPrefix("Themes/x.json: role \"warning\": unknown colour \"reddish\""), message)
        }
        let cases: [(String, String)] = [
            (#"{"roles": {"warnng": {}}}"#, "Themes/x.json: role \"warnng\": unknown role"),
            (#"{"roles": {"error": {"attributes": ["blink"]}}}"#, "Themes/x.json: role \"error\": unknown attribute \"blink\""),
            (#"{"roles": {"error": {"colour": "red"}}}"#, "Themes/x.json: role \"error\": unknown field \"colour\""),
            (#"{"roles": "#, "Themes/x.json: not valid JSON"),
            (#"{"name": "x"}"#, "Themes/x.json: \"roles\": missing"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try Theme.load(from: Data(text.utf8), name: "x", source: "Themes/x.json")) { error in
                XCTAssertTrue("\(error)".hasPrefix(expected), "\(error)")
            }
        }
    }

    func testUserThemesJoinTheCatalogAndBrokenOnesAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guild-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"roles": {"text": {"fg": "green", "bg": "black"}}}"#.utf8).write(to: folder.appendingPathComponent("matrix.json"))
        try Data(#"{"roles": {"text": {"fg": "reddish"}}}"#.utf8).write(to: folder.appendingPathComponent("bad.json"))
        let (catalog, problems) = ThemeCatalog.load(builtInFolder: Fixtures.themesFolder, userFolder: folder)
        XCTAssertEqual(catalog.themes.map(\.name), ThemeCatalog.builtInNames + ["matrix"])
        XCTAssertEqual(catalog.theme(named: "matrix")?.style(.error).fg, .ansi(2), "missing roles take the text style")
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].hasPrefix(folder.appendingPathComponent("bad.json").path + ": role \"text\": unknown colour \"reddish\""), problems[0])
    }

    func testBundledThemesAreTheTopLevelThemesFolder() throws {
        // The resource is a symlink to Themes/, so there is one copy; this checks the bundle really carries it.
        let bundled = try XCTUnwrap(ThemeCatalog.bundledFolder, "Bundle.module has no Themes folder")
        let names = try FileManager.default.contentsOfDirectory(atPath: bundled.path).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertEqual(names, try FileManager.default.contentsOfDirectory(atPath: Fixtures.themesFolder.path).filter { $0.hasSuffix(".json") }.sorted())
        for name in names {
            XCTAssertEqual(try Data(contentsOf: bundled.appendingPathComponent(name)),
                           try Data(contentsOf: Fixtures.themesFolder.appendingPathComponent(name)), name)
        }
    }

    func testEveryThemeRendersTheHomeScreen() {
        for theme in Fixtures.catalog.themes {
            var state = Fixtures.state()
            _ = reduce(&state, .themeChanged(theme))
            let grid = render(state)
            XCTAssertEqual(grid[0, 0].style, theme.onText(.titleBar), theme.name)
        }
    }
}
