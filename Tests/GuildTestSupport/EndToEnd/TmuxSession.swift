import Foundation
import XCTest

/// The real `guild` binary running in a private tmux server, driven like a person would: keys in, screen out.
///
/// Each session has its own socket (never the default server). tmux is started through `/bin/sh` with its
/// standard streams on /dev/null, so the server never holds a pipe of ours open.
public final class TmuxSession {
    /// The private server's socket.
    public let socket: String
    /// Folders removed with the session (a private config folder, say).
    private let removedWhenDone: [URL]

    /// Starts `command` in a detached `width`×`height` session; its exit code stays readable as "EXIT=N".
    /// `removedWhenDone` are folders the session owns: deleted when it ends.
    public init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:], removedWhenDone: [URL] = []) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || Self.which("tmux") else {
            throw XCTSkip("tmux is not installed (apt-get install -y tmux)")
        }
        self.removedWhenDone = removedWhenDone
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("guild-e2e-\(UUID().uuidString.prefix(8)).sock").path
        let exports = environment.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let inner = "\(exports) SWIFT_BACKTRACE=interactive=no \(command); echo EXIT=$?; sleep 60"
        try tmux("new-session -d -x \(width) -y \(height) \(Self.quote("sh -c " + Self.quote(inner)))")
    }

    deinit {
        _ = try? tmux("kill-server")
        try? FileManager.default.removeItem(atPath: socket)
        for folder in removedWhenDone { try? FileManager.default.removeItem(at: folder) }
    }

    /// Sends tmux key names ("Tab", "Escape", "q", "C-r") or literal text with `literal`.
    public func send(_ keys: String..., literal: Bool = false) throws {
        for key in keys {
            // `--`: literal text may begin with "-".
            try tmux("send-keys \(literal ? "-l -- " : "")\(Self.quote(key))")
        }
    }

    /// The visible screen as plain text.
    public func screen() throws -> String {
        try tmux("capture-pane -p")
    }

    /// Polls the screen until `predicate` holds or `timeout` passes; returns the last screen either way.
    @discardableResult
    public func waitFor(timeout: TimeInterval = 8, _ predicate: (String) -> Bool) throws -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try screen()
            if predicate(last) { return (true, last) }
            usleep(50_000)
        } while Date() < deadline
        return (false, last)
    }

    /// Waits for `text` to appear on screen, failing the test with the screen if it does not.
    @discardableResult
    public func expect(_ text: String, timeout: TimeInterval = 8, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try waitFor(timeout: timeout) { $0.contains(text) }
        XCTAssertTrue(result.ok, "expected \"\(text)\" on screen:\n\(result.screen)", file: file, line: line)
        return result.screen
    }

    /// Waits for `text`, then for the screen to stop changing (the same for `quiet` seconds): the work a program
    /// does at its first idle moment (the dashboard's milestones in the title bar) is then on screen.
    @discardableResult
    public func expectSettled(_ text: String, quiet: TimeInterval = 0.4, timeout: TimeInterval = 8,
                              file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var last = try expect(text, timeout: timeout, file: file, line: line)
        var since = Date()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            usleep(50_000)
            let now = try screen()
            if now != last {
                last = now
                since = Date()
            } else if Date().timeIntervalSince(since) >= quiet {
                return last
            }
        }
        XCTFail("the screen kept changing for \(timeout) s:\n\(last)", file: file, line: line)
        return last
    }

    /// Resizes the window, as a user dragging the terminal would.
    public func resize(width: Int, height: Int) throws {
        try tmux("resize-window -x \(width) -y \(height)")
    }

    /// A tmux format value for the pane ("#{alternate_on}", "#{cursor_flag}", "#{pane_pid}").
    public func format(_ format: String) throws -> String {
        try tmux("display-message -p \(Self.quote(format))").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of the program running under the pane's shell.
    public func programPID() throws -> pid_t? {
        let shellPID = try format("#{pane_pid}")
        let children = try Self.run("pgrep -P \(shellPID)").split(separator: "\n")
        return children.compactMap { pid_t($0) }.first
    }

    @discardableResult
    private func tmux(_ arguments: String) throws -> String {
        try Self.run("tmux -S \(Self.quote(socket)) -f /dev/null \(arguments)")
    }

    /// Runs a shell command and returns what it printed. Uses `posix_spawn` and `waitpid` rather than
    /// `Foundation.Process`, which can wait forever on a tmux server that inherited one of its descriptors,
    /// and starts the child with an empty signal mask so the dashboard sees SIGWINCH.
    @discardableResult
    public static func run(_ command: String) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("guild-e2e-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let script = "\(command) >\(quote(output.path)) 2>&1 </dev/null"
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGCHLD, SIGPIPE, SIGWINCH] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", script].map { (text: String) in strdup(text) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, environ)
        guard spawned == 0 else {
            throw NSError(domain: "TmuxSession", code: Int(spawned), userInfo: [NSLocalizedDescriptionKey: "posix_spawn failed: \(spawned)"])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    private static func which(_ name: String) -> Bool {
        ((try? run("command -v \(name)")) ?? "").contains(name)
    }

    /// `text` in single quotes for /bin/sh.
    public static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
