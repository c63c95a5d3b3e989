import ChildProcesses
import Foundation
import GuildUI

/// Runs the user's `$VISUAL` / `$EDITOR` (else `vi`) on a temporary file and reads the text back; the terminal must be released first.
enum ExternalEditor {
    /// Why the editor could not be used, in one line.
    struct Failure: Error {
        let message: String
    }

    /// Writes `request.text` to a temporary file, runs the editor on it and returns what the file then holds.
    static func edit(_ request: EditTextRequest, environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<String, Failure> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guild-edit-\(UUID().uuidString.prefix(8))")
        let file = folder.appendingPathComponent(request.fileName)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(request.text.utf8).write(to: file)
        } catch {
            return .failure(Failure(message: "could not write \(file.path): \(error.localizedDescription)"))
        }
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
        // The editor setting may carry arguments ("code --wait"); the file goes last, as "$1". The editor gets Guild's
        // terminal and process group, so its keys, Ctrl-Z and `fg` work as in a shell.
        let child = ChildProcess(executable: "/bin/sh", arguments: ["-c", editor + " \"$1\"", "guild-editor", file.path],
                                 environment: environment)
        let termination: ChildProcess.Termination
        do {
            termination = try child.runOnTerminal()
        } catch {
            return .failure(Failure(message: "could not start \(editor): \(error.description)"))
        }
        guard termination.isSuccess else {
            return .failure(Failure(message: "\(editor) \(termination); the field keeps its text"))
        }
        guard let data = try? Data(contentsOf: file) else {
            return .failure(Failure(message: "could not read \(file.path) back"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }
}
