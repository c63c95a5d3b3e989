#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation

/// Runs `git` in one folder with an explicit argument list — never through a shell, never with text built from
/// stored data as a command line. Output is captured; prompts for credentials are turned off.
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

    /// Runs git with `arguments` (and `input` on its standard input); never throws for a non-zero status (see `check`).
    public func run(_ arguments: [String], extraEnvironment: [String: String] = [:], input: Data? = nil) throws(SyncError) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder, isDirectory: true)
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
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        do { try process.run() } catch {
            throw SyncError.git(command: arguments.first ?? "", message: "could not start \(program): \(error.localizedDescription)")
        }
        // Drain stderr (and feed stdin) on other threads so no pipe can fill up and block git.
        let errorBox = OutputBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if let inputPipe, let input {
            group.enter()
            DispatchQueue.global().async {
                // git may exit before reading everything (a failure): a closed pipe is not an error here.
                let handle = inputPipe.fileHandleForWriting
                Self.writeIgnoringClosedPipe(input, to: handle.fileDescriptor)
                try? handle.close()
                group.leave()
            }
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: errorBox.data, as: UTF8.self))
    }

    /// Runs git and returns its output as text; throws `SyncError.git` with git's own message on failure.
    @discardableResult
    public func check(_ arguments: [String], extraEnvironment: [String: String] = [:], input: Data? = nil) throws(SyncError) -> String {
        let output = try run(arguments, extraEnvironment: extraEnvironment, input: input)
        guard output.status == 0 else {
            throw SyncError.git(command: Self.describe(arguments), message: Self.firstLines(output.stderr.isEmpty ? output.text : output.stderr))
        }
        return output.text
    }

    /// Writes all of `data` to `fd`, stopping quietly when the reader has gone: SIGPIPE is held back on this thread
    /// (it would end the whole process) and the write's EPIPE ends the loop instead.
    static func writeIgnoringClosedPipe(_ data: Data, to fd: Int32) {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 {
                var noWait = timespec()
                _ = sigtimedwait(&pipeSignal, nil, &noWait)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
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

/// Holds bytes read on another thread (written once before the group is left, read after it waited).
private final class OutputBox: @unchecked Sendable {
    var data = Data()
}
