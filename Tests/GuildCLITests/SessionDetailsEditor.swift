import Foundation
import GuildTestSupport
import XCTest

/// The stand-in `$EDITOR` of the end-to-end tests and the keys that use it: a script that writes fixed lines into
/// the file it is given, and the dashboard walk that edits the first session's details through it and saves.
enum SessionDetailsEditor {
    /// Writes an executable script at `url` that replaces the edited file with `text`.
    static func make(at url: URL, writing text: String) throws {
        let printed = text.replacingOccurrences(of: "\n", with: "\\n")
        try "#!/bin/sh\nprintf '\(printed)\\n' > \"$1\"\n".write(to: url, atomically: true, encoding: .utf8)
        _ = try TmuxSession.run("chmod +x \(TmuxSession.quote(url.path))")
    }

    /// On the home screen: opens the first session's form, edits Details (before Materials and Takeaways) in the editor, saves and
    /// quits, waiting for each step; `extraLines` is what the form shows after the first line.
    static func editAndSave(in tmux: TmuxSession, firstLine: String, extraLines: Int) throws {
        try tmux.expect("Upcoming sessions")
        try tmux.send("e")
        try tmux.expect("Edit session")
        // Details comes before Materials and Takeaways, the last fields: Shift-Tab wraps to Takeaways, then goes up.
        for _ in 0..<3 { try tmux.send("BTab") }
        try tmux.expect("▸ Details")
        try tmux.send("C-x")
        try tmux.expect("\(firstLine) (+\(extraLines) lines)")
        try tmux.send("Enter")
        try tmux.expect("Saved session")
        try tmux.send("q")
        try tmux.expect("EXIT=0")
    }

    /// In a job-control bash in tmux: opens the dashboard with an editor (named by `editorVariable`) that prompts and
    /// reads a line from the terminal, edits the first session's Details, presses Ctrl-Z while the editor waits (the
    /// shell must report the job stopped and take commands), `fg`, types the line, saves, quits, and checks the store.
    static func typeInTerminalEditorAcrossCtrlZ(_ test: XCTestCase, guild: GuildBinary, store: URL, environment: [String: String],
                                                editorVariable: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let editor = store.deletingLastPathComponent().appendingPathComponent("terminal-editor.sh")
        try "#!/bin/sh\nprintf 'EDITOR-ASKS: '\nIFS= read -r line\nprintf '%s\\n' \"$line\" > \"$1\"\n".write(to: editor, atomically: true, encoding: .utf8)
        _ = try TmuxSession.run("chmod +x \(TmuxSession.quote(editor.path))")
        let prompt = "GUILD-SHELL$"
        var shellEnvironment = GuildBinary.pinnedClock
        shellEnvironment["TERM"] = "xterm-256color"
        shellEnvironment["PS1"] = prompt + " "
        for (key, value) in environment { shellEnvironment[key] = value }
        shellEnvironment[editorVariable] = editor.path
        let tmux = try TmuxSession(command: "bash --norc --noprofile -i", environment: shellEnvironment)
        try tmux.expect(prompt, file: file, line: line)
        // No `; echo` after it: bash would run that as soon as the job stops.
        try tmux.send("\(TmuxSession.quote(guild.url.path)) --store \(TmuxSession.quote(store.path))", literal: true)
        try tmux.send("Enter")
        try tmux.expect("Upcoming sessions", timeout: 30, file: file, line: line)
        try tmux.send("e")
        try tmux.expect("Edit session", file: file, line: line)
        for _ in 0..<3 { try tmux.send("BTab") }
        try tmux.expect("▸ Details", file: file, line: line)
        try tmux.send("C-x")
        try tmux.expect("EDITOR-ASKS:", timeout: 30, file: file, line: line)
        try tmux.send("C-z")
        let stopped = try tmux.waitFor(timeout: 30) { $0.contains("Stopped") }
        XCTAssertTrue(stopped.ok, "the shell reports the whole job stopped:\n\(stopped.screen)", file: file, line: line)
        try tmux.send("echo shell-is-back", literal: true)
        try tmux.send("Enter")
        try tmux.expect("\nshell-is-back", timeout: 30, file: file, line: line)
        try tmux.send("fg", literal: true)
        try tmux.send("Enter")
        // The editor is still waiting for its line: what is typed now reaches it, not the shell.
        try tmux.send("Typed at the terminal", literal: true)
        try tmux.send("Enter")
        try tmux.expect("Typed at the terminal", timeout: 30, file: file, line: line)
        try tmux.expect("Edit session", file: file, line: line)
        try tmux.send("Enter")
        try tmux.expect("Saved session", timeout: 30, file: file, line: line)
        try tmux.send("q")
        let ended = try tmux.waitFor(timeout: 30) { screen in
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                .trimmingCharacters(in: .whitespaces) == prompt
        }
        XCTAssertTrue(ended.ok, "q quits back to the shell:\n\(ended.screen)", file: file, line: line)
        let listed = try guild.run(["list", "sessions", "--all", "--json", "--store", store.path], environment: environment)
        let sessions = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]], file: file, line: line)
        XCTAssertTrue(sessions.contains { $0["details"] as? String == "Typed at the terminal" }, listed.stdout, file: file, line: line)
    }
}
