import Foundation
import GuildTestSupport
import XCTest

/// The copy a user installed (`scripts/install.sh` from the release tarball, `PREFIX/bin/guild`), driven through a real
/// terminal: it says which build it is, finds its themes under PREFIX/share/guild, and keeps honouring XDG folders,
/// NO_COLOR, $VISUAL/$EDITOR, TERM and Ctrl-Z/`fg`. Runs when GUILD_INSTALLED_BINARY names it (.ci/run sets it after
/// installing); the suite's own run skips it.
final class InstalledCopyEndToEndTests: XCTestCase {
    private var guild: GuildBinary!
    private var home: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.installed()
        home = try temporaryFolder(self, "guild-installed-home")
    }

    /// A private HOME with XDG folders inside it, as a user's session would have. NO_COLOR is emptied: `swift test`
    /// sets it for the processes it starts.
    private var xdg: [String: String] {
        ["HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
         "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "NO_COLOR": ""]
    }

    private func demoStore() throws -> URL {
        let store = home.appendingPathComponent("store")
        let demo = try guild.run(["demo", "--store", store.path], environment: xdg)
        XCTAssertEqual(demo.status, 0, demo.stderr)
        return store
    }

    func testItSaysWhichBuildItIsAndFindsItsThemesUnderThePrefix() throws {
        let version = try guild.run(["--version"])
        XCTAssertEqual(version.status, 0, version.stderr)
        XCTAssertTrue(version.stdout.hasPrefix("guild "), version.stdout)
        XCTAssertFalse(version.stdout.contains("unknown"), version.stdout)
        if let expected = ProcessInfo.processInfo.environment["GUILD_EXPECTED_VERSION"] {
            XCTAssertEqual(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "guild \(expected)")
        }
        let store = try demoStore()
        let tmux = try guild.openInTmux(["--store", store.path, "--theme", "high-contrast"], environment: xdg)
        let screen = try tmux.expect("Open action items")
        XCTAssertFalse(screen.contains("not found"), "the built-in themes are found beside the installed binary:\n\(screen)")
        try tmux.send("t")
        try tmux.expect("Theme: colorblind (4/5)")
        try tmux.send("q")
        try tmux.expect("EXIT=0")
    }

    func testXDGFoldersHoldTheStoreTheKeysAndTheThemes() throws {
        let data = home.appendingPathComponent("data"), config = home.appendingPathComponent("config")
        // Without --store or GUILD_STORE the store is $XDG_DATA_HOME/guild, the demo $XDG_DATA_HOME/guild-demo.
        let demo = try guild.run(["demo"], environment: xdg)
        XCTAssertEqual(demo.status, 0, demo.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: data.appendingPathComponent("guild-demo/guild.json").path))
        let created = try guild.run(["init", "--name", "Backend guild"], environment: xdg)
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: data.appendingPathComponent("guild/guild.json").path))
        // Keys and a theme of the user's own, from $XDG_CONFIG_HOME/guild.
        let own = config.appendingPathComponent("guild")
        try FileManager.default.createDirectory(at: own.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try Data(#"{"app.quit": ["x"]}"#.utf8).write(to: own.appendingPathComponent("keys.json"))
        let builtIn = guild.url.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/guild/themes/light.json")
        let theme = try String(contentsOf: builtIn, encoding: .utf8).replacingOccurrences(of: "\"light\"", with: "\"zz-mine\"")
        try Data(theme.utf8).write(to: own.appendingPathComponent("themes/zz-mine.json"))
        let tmux = try guild.openInTmux(["--store", data.appendingPathComponent("guild-demo").path, "--theme", "monochrome"], environment: xdg)
        try tmux.expect("Open action items")
        try tmux.send("t")
        try tmux.expect("Theme: zz-mine (6/6)")
        try tmux.send("q")
        XCTAssertFalse(try tmux.waitFor(timeout: 1) { $0.contains("EXIT=") }.ok, "q is no longer quit: keys.json remapped it")
        try tmux.send("x")
        try tmux.expect("EXIT=0")
    }

    func testNoColorDrawsWithoutColours() throws {
        let store = try demoStore()
        func colours(_ environment: [String: String]) throws -> Int {
            let tmux = try guild.openInTmux(["--store", store.path], environment: environment)
            try tmux.expect("Open action items")
            let styled = try TmuxSession.run("tmux -S \(TmuxSession.quote(tmux.socket)) capture-pane -p -e")
            try tmux.send("q")
            try tmux.expect("EXIT=0")
            // Foreground or background colour parameters: 30–37, 40–47, 90–97, 100–107, 38;… and 48;….
            let pattern = try NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*?(?<![0-9])(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m")
            return pattern.numberOfMatches(in: styled, range: NSRange(styled.startIndex..., in: styled))
        }
        XCTAssertGreaterThan(try colours(xdg), 0, "the default theme draws in colour")
        XCTAssertEqual(try colours(xdg.merging(["NO_COLOR": "1"]) { $1 }), 0, "NO_COLOR draws in monochrome")
    }

    func testVisualWinsOverEditorAndTheTextComesBack() throws {
        let store = try demoStore()
        let editor = home.appendingPathComponent("fake-editor.sh")
        try SessionDetailsEditor.make(at: editor, writing: "Bring a laptop\n\nSlides follow")
        let tmux = try guild.openInTmux(["--store", store.path], environment: xdg.merging(["VISUAL": editor.path, "EDITOR": "/bin/false"]) { $1 })
        try SessionDetailsEditor.editAndSave(in: tmux, firstLine: "Bring a laptop", extraLines: 2)
    }

    func testAnEditorReadingTheTerminalGetsItAndCtrlZInsideItStopsTheWholeJob() throws {
        let store = try demoStore()
        try SessionDetailsEditor.typeInTerminalEditorAcrossCtrlZ(self, guild: guild, store: store,
                                                                 environment: xdg.merging(["EDITOR": "/bin/false"]) { $1 },
                                                                 editorVariable: "VISUAL")
    }

    func testTermDecidesWhetherItCanDraw() throws {
        let store = try demoStore()
        let dumb = try guild.openInTmux(["--store", store.path], environment: xdg.merging(["TERM": "dumb"]) { $1 })
        let refused = try dumb.expect("EXIT=1")
        XCTAssertTrue(refused.contains("TERM=dumb"), refused)
        let screen = try guild.openInTmux(["--store", store.path], environment: xdg.merging(["TERM": "screen-256color"]) { $1 })
        try screen.expect("Open action items")
        try screen.send("q")
        try screen.expect("EXIT=0")
    }

    func testCtrlZGivesTheShellItsTerminalAndFgRepaints() throws {
        let store = try demoStore()
        let prompt = "GUILD-SHELL$"
        var environment = GuildBinary.pinnedClock.merging(xdg) { $1 }
        environment["TERM"] = "xterm-256color"
        environment["PS1"] = prompt + " "
        let tmux = try TmuxSession(command: "bash --norc --noprofile -i", environment: environment)
        try tmux.expect(prompt)
        try tmux.send("\(TmuxSession.quote(guild.url.path)) --store \(TmuxSession.quote(store.path))", literal: true)
        try tmux.send("Enter")
        let before = try tmux.expectSettled("Open action items")
        try tmux.send("C-z")
        let stopped = try tmux.waitFor { $0.contains("Stopped") && !$0.contains("Open action items") }
        XCTAssertTrue(stopped.ok, "the shell has the terminal back:\n\(stopped.screen)")
        XCTAssertEqual(try tmux.format("#{alternate_on}"), "0", "the shell's screen is back")
        try tmux.send("fg", literal: true)
        try tmux.send("Enter")
        let back = try tmux.waitFor { $0 == before }
        XCTAssertTrue(back.ok, "after fg the whole screen is repainted:\n\(back.screen)\n--- before:\n\(before)")
        try tmux.send("q")
        let done = try tmux.waitFor { $0.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
            .trimmingCharacters(in: .whitespaces) == prompt }
        XCTAssertTrue(done.ok, "q quits back to the shell:\n\(done.screen)")
    }
}
