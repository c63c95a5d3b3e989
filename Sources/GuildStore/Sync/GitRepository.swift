import ChildProcesses
import Foundation

/// Runs `git` in one folder with an explicit argument list — never through a shell, never with text built from
/// stored data as a command line — as a `ChildProcess` (swift-subprocess): standard input written while both
/// outputs are drained, each within a limit. Prompts for credentials are turned off.
public struct GitRepository: Sendable {
    /// What one git command printed and how it ended.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: String

        /// Standard output as text without the final newline.
        public var text: String {
            var text = String(decoding: stdout, as: UTF8.self)
            while text.hasSuffix("\n") { text.removeLast() }
            return text
        }
    }

    /// The folder git runs in (the store).
    public let folder: String
    /// Variables added to (or replacing) the inherited environment, such as `HOME` or `GIT_CONFIG_NOSYSTEM` in tests.
    public var environment: [String: String]
    /// The git executable.
    public let program: String

    /// A runner for the repository at `folder`; fails when no `git` is on `PATH`.
    public init(folder: String, environment: [String: String] = [:]) throws(SyncError) {
        self.folder = folder
        self.environment = environment
        guard let program = Self.locate("git", environment: environment) else { throw SyncError.gitMissing }
        self.program = program
    }

    /// Runs git with `arguments` (and `input` on its standard input, written while both outputs are read); never
    /// throws for a non-zero exit status (see `check`), but does when git could not be started, was killed by a
    /// signal, printed more than `ChildProcess.Limits.standard` or took only part of `input`.
    /// `observe`, when given, is told each piece of git's output as it arrives (for progress).
    public func run(_ arguments: [String], extraEnvironment: [String: String] = [:], input: Data? = nil,
                    observe: ChildProcess.Observer? = nil) throws(SyncError) -> Output {
        var env = ProcessInfo.processInfo.environment
        // Variables that would point git at another repository (set inside hooks, say) must not leak in.
        for key in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR", "GIT_NAMESPACE"] {
            env.removeValue(forKey: key)
        }
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["LC_ALL"] = "C"
        // Never discover a repository above the store: the store is its own repository or none.
        env["GIT_CEILING_DIRECTORIES"] = (folder as NSString).deletingLastPathComponent
        for (key, value) in environment { env[key] = value }
        for (key, value) in extraEnvironment { env[key] = value }
        let child = ChildProcess(executable: program, arguments: arguments, environment: env, workingDirectory: folder)
        let completed: ChildProcess.Completed
        do {
            completed = try child.run(input: input, observe: observe)
        } catch {
            throw SyncError.git(command: Self.describe(arguments), message: error.description)
        }
        let stderr = String(decoding: completed.standardError, as: UTF8.self)
        guard case .exited(let status) = completed.termination else {
            // Killed (by a person, the kernel or a hook): no answer git gave, so never read as one.
            let said = Self.firstLines(stderr)
            throw SyncError.git(command: Self.describe(arguments), message: "git \(completed.termination)" + (said.isEmpty ? "" : ": " + said))
        }
        return Output(status: status, stdout: completed.standardOutput, stderr: stderr)
    }

    /// Runs git and returns its output as text; throws `SyncError.git` with git's own message on failure.
    @discardableResult
    public func check(_ arguments: [String], extraEnvironment: [String: String] = [:], input: Data? = nil,
                      observe: ChildProcess.Observer? = nil) throws(SyncError) -> String {
        let output = try run(arguments, extraEnvironment: extraEnvironment, input: input, observe: observe)
        guard output.status == 0 else {
            throw SyncError.git(command: Self.describe(arguments), message: Self.firstLines(output.stderr.isEmpty ? output.text : output.stderr))
        }
        return output.text
    }

    /// A command for messages: `git merge` (subcommand only; options and paths left out).
    static func describe(_ arguments: [String]) -> String {
        let words = arguments.filter { !$0.hasPrefix("-") && !$0.contains("=") }
        return "git " + (words.first ?? "")
    }

    /// Git's message cut to its first three non-empty lines.
    static func firstLines(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .prefix(3).joined(separator: " / ")
    }

    /// The absolute path of `name` on `PATH`.
    static func locate(_ name: String, environment: [String: String]) -> String? {
        let path = environment["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = String(folder) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
