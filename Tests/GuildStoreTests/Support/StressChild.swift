import Foundation
import GuildStore
import XCTest

/// Starts a separate process that runs `StoreStressLoop`: the `guild debug save-loop` command when the built
/// `guild` binary has it, otherwise this test binary re-run on `StressLoopTests/testStressLoop` in child mode.
enum StressChild {
    /// Environment variables that put the test binary in child mode.
    static let storeVariable = "GUILD_STRESS_STORE"
    static let countVariable = "GUILD_STRESS_COUNT"
    static let seedVariable = "GUILD_STRESS_SEED"

    /// How children are started.
    struct Command: Sendable {
        var executable: URL
        var arguments: @Sendable (_ store: URL, _ count: Int, _ seed: UInt64) -> [String]
        var environment: @Sendable (_ store: URL, _ count: Int, _ seed: UInt64) -> [String: String]
        var description: String
    }

    /// The folder holding the test binary and, after a full build, the `guild` executable.
    static var productsFolder: URL {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        // On Linux the test binary is `<products>/<Package>PackageTests.xctest`; on macOS a bundle inside it.
        var folder = me.deletingLastPathComponent()
        if folder.path.contains(".xctest/") {
            while folder.pathExtension != "xctest", folder.path != "/" { folder.deleteLastPathComponent() }
            folder.deleteLastPathComponent()
        }
        return folder
    }

    /// The command used for children, found once.
    static let command: Command = {
        if let guild = guildCommand() { return guild }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        return Command(
            executable: me,
            arguments: { _, _, _ in ["GuildStoreTests.StressLoopTests/testStressLoop"] },
            environment: { store, count, seed in
                [storeVariable: store.path, countVariable: String(count), seedVariable: String(seed)]
            },
            description: "\(me.lastPathComponent) in child mode")
    }()

    /// `guild debug save-loop`, if the built `guild` binary next to the tests answers it correctly.
    private static func guildCommand() -> Command? {
        let guild = productsFolder.appendingPathComponent("guild")
        guard FileManager.default.isExecutableFile(atPath: guild.path) else { return nil }
        let command = Command(
            executable: guild,
            arguments: { store, count, seed in ["debug", "save-loop", "--store", store.path, "--count", String(count), "--seed", String(seed)] },
            environment: { _, _, _ in [:] },
            description: "guild debug save-loop")
        // Probe: one save on a scratch store must be acknowledged.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("guild-probe-\(getpid())-\(UUID().uuidString.prefix(6))")
        defer { try? FileManager.default.removeItem(at: scratch) }
        guard (try? GuildStore.create(at: scratch, name: "probe", types: [StressRecord.self])) != nil,
              let child = try? launch(command, store: scratch, count: 1, seed: 1, output: scratch.appendingPathComponent("out.txt")),
              wait(for: child.process, seconds: 30), child.process.terminationStatus == 0 else { return nil }
        return StressLog(file: scratch.appendingPathComponent("out.txt")).done ? command : nil
    }

    /// A started child and the file its output goes to.
    struct Running {
        var process: Process
        var output: URL
    }

    /// Starts a child on `store`; its standard output goes to `output`. With `tracer` (say `strace` plus fault
    /// injection options) the child runs under that program.
    static func launch(_ command: Command = command, store: URL, count: Int, seed: UInt64, output: URL,
                       tracer: [String] = []) throws -> Running {
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        if let program = tracer.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(tracer.dropFirst()) + [command.executable.path] + command.arguments(store, count, seed)
        } else {
            process.executableURL = command.executable
            process.arguments = command.arguments(store, count, seed)
        }
        var environment = ProcessInfo.processInfo.environment
        environment.merge(command.environment(store, count, seed)) { $1 }
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: output.appendingPathExtension("err").creatingEmpty())
        try process.run()
        return Running(process: process, output: output)
    }

    /// Waits up to `seconds` for the process to end; false (after killing it) on timeout.
    @discardableResult
    static func wait(for process: Process, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if Date() > deadline {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return false
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        return true
    }
}

private extension URL {
    /// Creates an empty file at this URL and returns the URL.
    func creatingEmpty() -> URL {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        return self
    }
}
