#if canImport(Glibc)
import Glibc
#endif
import ChildProcesses
import Foundation

/// The real `guild` binary in a pseudo-terminal, measured end to end: spawn → first complete home screen, and
/// key → screen updated with the bytes written per cursor move, as a person at a 120×40 xterm would see them.
struct PtyDashboard {
    let guild: String
    let store: URL
    let width = 120
    let height = 40

    /// The pane titles that must all have arrived for the home screen to count as drawn.
    static let titles = ["Upcoming sessions", "Skills matrix", "Open action items"]

    /// A running dashboard: the pseudo-terminal's controlling side and the child's pid.
    private struct Session {
        var master: Int32
        var pid: pid_t
        var started: UInt64
    }

    /// Starts the dashboard, waits for its first complete frame, presses `presses` cursor keys in the actions pane
    /// (between two rows, then down through the list), then between two rows of the sessions pane and of the matrix,
    /// then down the matrix, quits; returns its metrics.
    func measure(presses: Int, targets: (frame: MetricTarget, key: MetricTarget, memory: MetricTarget), starts: Int) throws -> [Metric] {
        var firstFrame = Samples()
        var firstByte = Samples()
        var updated = Samples()
        var bytes = Samples()
        var scrollUpdated = Samples()
        var scrollBytes = Samples()
        var paneBytes = [Samples(), Samples()]
        var matrixScrollBytes = Samples()
        var peak = 0.0
        for run in 0..<starts {
            let session = try spawn()
            defer { finish(session) }
            let (frameBytes, frameEnd) = try readUntilQuiet(session.master, quietMilliseconds: 150, firstWithin: 20_000) { received in
                Self.titles.allSatisfy { received.contains(Array($0.utf8)) }
            }
            guard Self.titles.allSatisfy({ frameBytes.contains(Array($0.utf8)) }) else {
                throw BenchFailure("the dashboard never drew its three panes (got \(frameBytes.count) bytes)")
            }
            firstFrame.add(Double(frameEnd - session.started) / 1_000_000)
            guard run == 0 else { continue }
            // Focus the actions pane; move down and up between two visible rows, then down through the list (scrolling).
            _ = try press("3", session.master)
            for index in 0..<presses {
                let (sent, result) = try press(index % 2 == 0 ? "j" : "k", session.master)
                guard let first = result.firstAt else { throw BenchFailure("no output after a key press") }
                firstByte.add(Double(first - sent) / 1_000_000)
                updated.add(Double(result.lastAt - sent) / 1_000_000)
                bytes.add(Double(result.bytes.count))
            }
            for _ in 0..<presses {
                let (sent, result) = try press("j", session.master)
                scrollUpdated.add(Double(result.lastAt - sent) / 1_000_000)
                scrollBytes.add(Double(result.bytes.count))
            }
            // The other two panes, the same way: the sessions list (cards with format badges) and the matrix, whose
            // rows are a colour change every few cells; then down the matrix, which scrolls.
            for (focusKey, pane) in [("1", 0), ("2", 1)] {
                _ = try press(focusKey, session.master)
                for index in 0..<presses {
                    let (_, result) = try press(index % 2 == 0 ? "j" : "k", session.master)
                    paneBytes[pane].add(Double(result.bytes.count))
                }
            }
            for _ in 0..<presses {
                let (_, result) = try press("j", session.master)
                matrixScrollBytes.add(Double(result.bytes.count))
            }
            peak = Self.peakMegabytes(of: session.pid)
        }
        var metrics = [
            Metric("pty: spawn → first complete home screen (\(width)x\(height))", firstFrame, target: targets.frame),
            Metric("pty: key → first output byte (j/k in actions)", firstByte),
            Metric("pty: key → screen updated (j/k in actions)", updated, target: targets.key),
        ]
        var perMove = Metric("pty: bytes written per cursor move (j/k in actions)", bytes, target: .median(400))
        perMove.unit = "B"
        metrics.append(perMove)
        metrics.append(Metric("pty: key → screen updated (j down the list, scrolling)", scrollUpdated, target: targets.key))
        var perScroll = Metric("pty: bytes written per cursor move (j down the list, scrolling)", scrollBytes, target: .median(400))
        perScroll.unit = "B"
        metrics.append(perScroll)
        // The median hides the moves that scroll; what the terminal receives over the whole run, per move:
        metrics.append(Metric("pty: bytes per cursor move, mean over the scrolling run", value: Self.mean(scrollBytes), unit: "B",
                              target: .median(400)))
        for (pane, samples) in zip(["sessions", "matrix"], paneBytes) {
            var perMove = Metric("pty: bytes written per cursor move (j/k in \(pane))", samples, target: .median(400))
            perMove.unit = "B"
            metrics.append(perMove)
        }
        var matrixScroll = Metric("pty: bytes written per cursor move (j down the matrix, scrolling)", matrixScrollBytes, target: .median(400))
        matrixScroll.unit = "B"
        metrics.append(matrixScroll)
        metrics.append(Metric("pty: bytes per cursor move, mean down the matrix", value: Self.mean(matrixScrollBytes), unit: "B",
                              target: .median(400)))
        if peak > 0 { metrics.append(Metric("pty: peak RSS of the dashboard process", value: peak, unit: "MB", target: targets.memory)) }
        return metrics
    }

    /// Opens a pseudo-terminal of the wanted size and starts `guild` on it with TERM=xterm-256color.
    private func spawn() throws -> Session {
        // posix_openpt and friends are hidden from Swift's Glibc module (they need _XOPEN_SOURCE): look them up.
        typealias OpenPT = @convention(c) (Int32) -> Int32
        typealias OnFD = @convention(c) (Int32) -> Int32
        typealias NameOf = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32
        guard let openSymbol = dlsym(nil, "posix_openpt"), let grantSymbol = dlsym(nil, "grantpt"),
              let unlockSymbol = dlsym(nil, "unlockpt"), let nameSymbol = dlsym(nil, "ptsname_r") else {
            throw BenchFailure("no pseudo-terminal functions in the C library")
        }
        let master = unsafeBitCast(openSymbol, to: OpenPT.self)(O_RDWR | O_NOCTTY | O_CLOEXEC)
        var name = [CChar](repeating: 0, count: 128)
        guard master >= 0, unsafeBitCast(grantSymbol, to: OnFD.self)(master) == 0,
              unsafeBitCast(unlockSymbol, to: OnFD.self)(master) == 0,
              unsafeBitCast(nameSymbol, to: NameOf.self)(master, &name, name.count) == 0 else {
            throw BenchFailure("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // Swift cannot call the variadic ioctl(TIOCSWINSZ); stty sets the size on the terminal side instead.
        let stty = try ChildProcess(executable: "/bin/stty", arguments: ["-F", slavePath, "cols", String(width), "rows", String(height)]).run()
        guard stty.termination.isSuccess else { throw BenchFailure("stty could not size \(slavePath): \(String(decoding: stty.standardError, as: UTF8.self))") }
        let slave = open(slavePath, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw BenchFailure("cannot open \(slavePath)") }
        defer { close(slave) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, slave, target) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc's 0x80, not imported): the dashboard runs in a session of its own, as in a terminal.
        posix_spawnattr_setflags(&attributes, 0x80)

        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LINES"] = String(height)
        environment["COLUMNS"] = String(width)
        environment["GUILD_NOW"] = "2026-11-23T10:00:00Z"
        environment["NO_COLOR"] = nil
        let arguments = [guild, "--store", store.path]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let started = Stopwatch.now()
        let status = posix_spawn(&pid, guild, &actions, &attributes, argv, envp)
        guard status == 0 else { throw BenchFailure("cannot start \(guild): \(String(cString: strerror(status)))") }
        return Session(master: master, pid: pid, started: started)
    }

    /// What one burst of output held and when its first and last bytes arrived.
    private struct Burst {
        var bytes: [UInt8] = []
        var firstAt: UInt64?
        var lastAt: UInt64 = 0
    }

    /// Writes one key and collects the screen update it causes.
    private func press(_ key: String, _ master: Int32) throws -> (sent: UInt64, result: Burst) {
        let bytes = Array(key.utf8)
        let sent = Stopwatch.now()
        guard write(master, bytes, bytes.count) == bytes.count else { throw BenchFailure("cannot write to the terminal") }
        var burst = Burst()
        let (received, lastAt) = try readUntilQuiet(master, quietMilliseconds: 40, firstWithin: 5_000, firstByte: { burst.firstAt = $0 }) { _ in true }
        burst.bytes = received
        burst.lastAt = lastAt
        return (sent, burst)
    }

    /// Reads until `complete` holds and then nothing arrives for `quietMilliseconds`; returns the bytes and when the last came.
    private func readUntilQuiet(_ master: Int32, quietMilliseconds: Int32, firstWithin: Int32,
                                firstByte: ((UInt64) -> Void)? = nil, complete: ([UInt8]) -> Bool) throws -> ([UInt8], UInt64) {
        var received: [UInt8] = []
        var lastAt: UInt64 = 0
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let waiting = received.isEmpty || !complete(received) ? firstWithin : quietMilliseconds
            let ready = poll(&descriptor, 1, waiting)
            if ready < 0, errno == EINTR { continue }
            if ready <= 0 {
                if received.isEmpty { throw BenchFailure("no output from the dashboard") }
                if complete(received) { return (received, lastAt) }
                throw BenchFailure("the dashboard went quiet before its screen was complete")
            }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 {
                if count < 0, errno == EINTR { continue }
                return (received, lastAt)
            }
            lastAt = Stopwatch.now()
            if received.isEmpty { firstByte?(lastAt) }
            received += buffer[0..<count]
        }
    }

    /// Quits the dashboard with `q` (killing it if it does not go) and closes the terminal.
    private func finish(_ session: Session) {
        _ = write(session.master, "q", 1)
        var status: Int32 = 0
        for _ in 0..<200 {
            if waitpid(session.pid, &status, WNOHANG) == session.pid { close(session.master); return }
            // Drain what the terminal restore writes, so the child never blocks on a full pty.
            var buffer = [UInt8](repeating: 0, count: 4096)
            var descriptor = pollfd(fd: session.master, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 10) > 0 { _ = read(session.master, &buffer, buffer.count) }
        }
        kill(session.pid, SIGKILL)
        waitpid(session.pid, &status, 0)
        close(session.master)
    }

    private static func mean(_ samples: Samples) -> Double {
        samples.values.reduce(0, +) / Double(max(1, samples.count))
    }

    /// The child's peak resident memory (VmHWM) in MiB, read while it still runs.
    static func peakMegabytes(of pid: pid_t) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return line.dropFirst(6).split(whereSeparator: \.isWhitespace).first.flatMap { Double($0) }.map { $0 / 1024 } ?? 0
        }
        return 0
    }
}
