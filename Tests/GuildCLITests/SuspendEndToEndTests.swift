import Foundation
import GuildTestSupport
import XCTest

/// Ctrl-Z and `fg` in a real shell with job control (bash in tmux): the dashboard and the meeting give the terminal back
/// to the shell when suspended, and repaint the whole screen when continued.
final class SuspendEndToEndTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!
    /// The shell's prompt (PS1 adds a space after it, which the pane's text does not keep at a line's end).
    private let prompt = "GUILD-SHELL$"

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try guild.demoStore(self)
    }

    /// An interactive bash (job control on) in a 120×40 tmux pane, with the clock pinned and a private config folder.
    private func shell() throws -> TmuxSession {
        let config = try temporaryFolder(self, "guild-suspend-config")
        var environment = GuildBinary.pinnedClock
        environment["TERM"] = "xterm-256color"
        environment["XDG_CONFIG_HOME"] = config.path
        environment["PS1"] = prompt + " "
        let tmux = try TmuxSession(command: "bash --norc --noprofile -i", environment: environment)
        try tmux.expect(prompt)
        return tmux
    }

    /// Suspends with `suspend` (Ctrl-Z or a signal), checks the shell has the terminal back, continues with `fg` and checks
    /// the screen is exactly what it was.
    private func suspendAndResume(_ tmux: TmuxSession, showing marker: String, suspend: () throws -> Void,
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try tmux.expectSettled(marker, file: file, line: line)
        XCTAssertEqual(try tmux.format("#{alternate_on}"), "1", "the program runs on the alternate screen", file: file, line: line)
        try suspend()
        let stopped = try tmux.waitFor { $0.contains("Stopped") && !$0.contains(marker) }
        XCTAssertTrue(stopped.ok, "the shell reports the stopped job and the program's screen is gone:\n\(stopped.screen)", file: file, line: line)
        XCTAssertTrue(stopped.screen.contains(prompt), "the shell prompt is back:\n\(stopped.screen)", file: file, line: line)
        XCTAssertEqual(try tmux.format("#{alternate_on}"), "0", "the shell's screen is back", file: file, line: line)
        XCTAssertEqual(try tmux.format("#{cursor_flag}"), "1", "the cursor is shown for the shell", file: file, line: line)
        XCTAssertEqual(try tmux.format("#{mouse_any_flag}"), "0", "mouse reporting is off for the shell", file: file, line: line)
        // The shell echoes what is typed: the terminal is in its own (cooked) mode again.
        try tmux.send("echo shell-is-back", literal: true)
        try tmux.send("Enter")
        try tmux.expect("\nshell-is-back", file: file, line: line)
        try tmux.send("fg", literal: true)
        try tmux.send("Enter")
        let back = try tmux.waitFor { $0 == before }
        XCTAssertTrue(back.ok, "after fg the whole screen is repainted:\n\(back.screen)\n--- before:\n\(before)", file: file, line: line)
    }

    func testCtrlZSuspendsTheDashboardAndFgRepaintsIt() throws {
        let tmux = try shell()
        try tmux.send("\(TmuxSession.quote(guild.url.path)) --store \(TmuxSession.quote(store.path))", literal: true)
        try tmux.send("Enter")
        try suspendAndResume(tmux, showing: "Open action items") { try tmux.send("C-z") }
        // Still alive and responsive: a key moves the focus, q quits normally.
        try tmux.send("2")
        try tmux.expect("rated")
        // A SIGTSTP from outside (kill -TSTP) suspends the same way.
        let pid = try XCTUnwrap(Self.program(named: "guild", under: tmux))
        try suspendAndResume(tmux, showing: "Open action items") { kill(pid, SIGTSTP) }
        try tmux.send("q")
        XCTAssertTrue(try waitForPrompt(tmux), "q quits back to the shell")
    }

    func testCtrlZSuspendsTheMeetingAndFgRepaintsIt() throws {
        let tmux = try shell()
        try tmux.send("GUILD_SEED=7 \(TmuxSession.quote(guild.url.path)) meeting 'Weekly tech meeting' --store \(TmuxSession.quote(store.path))", literal: true)
        try tmux.send("Enter")
        try suspendAndResume(tmux, showing: "Anonymous questions") { try tmux.send("C-z") }
        try tmux.send("q")
        XCTAssertTrue(try waitForPrompt(tmux), "q leaves the meeting for the shell")
    }

    /// Waits until the shell's prompt is the last line shown (the program ended, the shell waits for a command).
    private func waitForPrompt(_ tmux: TmuxSession) throws -> Bool {
        try tmux.waitFor { screen in
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                .trimmingCharacters(in: .whitespaces) == self.prompt
        }.ok
    }

    /// The pid of the newest process called `name` in the pane's session (the job bash started).
    private static func program(named name: String, under tmux: TmuxSession) throws -> pid_t? {
        let shellPID = try tmux.format("#{pane_pid}")
        let output = try TmuxSession.run("pgrep -n -s $(ps -o sid= -p \(shellPID)) -x \(name)")
        return output.split(separator: "\n").compactMap { pid_t($0.trimmingCharacters(in: .whitespaces)) }.first
    }
}
