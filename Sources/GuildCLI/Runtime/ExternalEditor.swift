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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor setting may carry arguments ("code --wait"); the file goes last, as "$1".
        process.arguments = ["-c", editor + " \"$1\"", "guild-editor", file.path]
        do {
            try process.run()
        } catch {
            return .failure(Failure(message: "could not start \(editor): \(error.localizedDescription)"))
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            return .failure(Failure(message: "\(editor) exited with status \(process.terminationStatus); the field keeps its text"))
        }
        guard let data = try? Data(contentsOf: file) else {
            return .failure(Failure(message: "could not read \(file.path) back"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }
}
