#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// One run of a program as a person would start it from a shell: wall time from spawn to exit and the child's peak
/// resident memory (`wait4`'s `ru_maxrss`), with stdout and stderr sent to /dev/null or a file.
struct CommandRun {
    /// What the run took.
    struct Outcome {
        var milliseconds: Double
        var peakMegabytes: Double
        var status: Int32
        /// CPU time (user + system) in milliseconds, when `/usr/bin/time` reported it: under load, wall time includes
        /// waiting for a core; this does not.
        var cpuMilliseconds: Double?
    }

    var program: String
    var arguments: [String]
    var environment: [String: String] = [:]
    /// Where stdout goes (default: /dev/null).
    var outputPath = "/dev/null"
    /// A file fed to stdin (default: /dev/null).
    var inputPath = "/dev/null"
    /// Where stderr goes (default: /dev/null).
    var errorPath = "/dev/null"

    /// Runs the program and returns its time, peak memory and status. The peak comes from `/usr/bin/time` when the
    /// machine has it: a process this benchmark spawns directly would report the benchmark's own peak (Linux keeps a
    /// process's peak across `exec`, and the spawn shares the parent's memory until then); `time` forks from its
    /// own small image, so its child's peak is the command's.
    func run() throws -> Outcome {
        guard FileManager.default.isExecutableFile(atPath: Self.timeProgram) else { return try spawn() }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("guild-bench-time-\(getpid()).txt").path
        defer { unlink(report) }
        var timed = self
        timed.program = Self.timeProgram
        timed.arguments = ["-f", "%M %U %S", "-o", report, program] + arguments
        var outcome = try timed.spawn()
        // The last line is "<peak KB> <user s> <system s>" (a killed child adds a line before it).
        if let text = try? String(contentsOfFile: report, encoding: .utf8),
           let figures = text.split(separator: "\n").reversed().lazy
               .map({ $0.split(separator: " ").compactMap { Double($0) } }).first(where: { $0.count == 3 }) {
            outcome.peakMegabytes = figures[0] / 1024
            outcome.cpuMilliseconds = (figures[1] + figures[2]) * 1000
        }
        return outcome
    }

    /// GNU time, which reports its child's peak resident memory (`%M`, kilobytes).
    static let timeProgram = "/usr/bin/time"

    /// Spawns the program, waits for it with `wait4` (no polling) and returns its time, peak memory and status.
    private func spawn() throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let start = Stopwatch.now()
        let spawned = posix_spawnp(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchFailure("cannot start \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchFailure("waiting for \(program) failed") }
        }
        let milliseconds = Stopwatch.milliseconds(since: start)
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(milliseconds: milliseconds, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: exit, cpuMilliseconds: nil)
    }

    /// Runs and throws unless the program exits 0.
    @discardableResult
    func runChecked() throws -> Outcome {
        let outcome = try run()
        guard outcome.status == 0 else {
            // The last line the command wrote to stderr, when it was kept.
            let said = errorPath == "/dev/null" ? nil : (try? String(contentsOfFile: errorPath, encoding: .utf8))?
                .split(whereSeparator: { $0 == "\n" || $0 == "\r" }).last.map { ": " + $0 }
            throw BenchFailure("`\(([program] + arguments).joined(separator: " "))` exited with status \(outcome.status)" + (said ?? ""))
        }
        return outcome
    }
}
