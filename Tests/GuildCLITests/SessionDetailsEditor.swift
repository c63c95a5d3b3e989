import Foundation
import GuildTestSupport

/// The stand-in `$EDITOR` of the end-to-end tests and the keys that use it: a script that writes fixed lines into
/// the file it is given, and the dashboard walk that edits the first session's details through it and saves.
enum SessionDetailsEditor {
    /// Writes an executable script at `url` that replaces the edited file with `text`.
    static func make(at url: URL, writing text: String) throws {
        let printed = text.replacingOccurrences(of: "\n", with: "\\n")
        try "#!/bin/sh\nprintf '\(printed)\\n' > \"$1\"\n".write(to: url, atomically: true, encoding: .utf8)
        _ = try TmuxSession.run("chmod +x \(TmuxSession.quote(url.path))")
    }

    /// On the home screen: opens the first session's form, edits Details (the last field) in the editor, saves and
    /// quits, waiting for each step; `extraLines` is what the form shows after the first line.
    static func editAndSave(in tmux: TmuxSession, firstLine: String, extraLines: Int) throws {
        try tmux.expect("Upcoming sessions")
        try tmux.send("e")
        try tmux.expect("Edit session")
        // Details is the last field: Shift-Tab wraps to it.
        try tmux.send("BTab")
        try tmux.expect("▸ Details")
        try tmux.send("C-x")
        try tmux.expect("\(firstLine) (+\(extraLines) lines)")
        try tmux.send("Enter")
        try tmux.expect("Saved session")
        try tmux.send("q")
        try tmux.expect("EXIT=0")
    }
}
