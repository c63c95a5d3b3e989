import Foundation
import XCTest

/// Runs the built `guild` executable as a separate process, as a user would.
public struct GuildBinary: Sendable {
    /// What a run printed and how it ended.
    public struct Outcome: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The executable.
    public let url: URL

    /// The clock every run is pinned to unless a test says otherwise: 2026-11-22 10:00 in Berlin.
    public static let pinnedClock = ["GUILD_NOW": "2026-11-22T09:00:00Z", "TZ": "Europe/Berlin"]

    /// The `guild` binary built next to the test bundle, or a skip when the build did not produce one.
    public static func locate() throws -> GuildBinary {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("guild"),
            Bundle.main.bundleURL.appendingPathComponent("guild"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("guild"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("the guild executable was not built next to the tests (looked in \(candidates.map(\.path)))")
        }
        return GuildBinary(url: found)
    }

    /// The installed copy named by GUILD_INSTALLED_BINARY (`PREFIX/bin/guild`, set by .ci/run after it installed the release
    /// tarball), or a skip when it is not set: the suite's own runs test the binary built next to the tests.
    public static func installed() throws -> GuildBinary {
        guard let path = ProcessInfo.processInfo.environment["GUILD_INSTALLED_BINARY"], !path.isEmpty else {
            throw XCTSkip("GUILD_INSTALLED_BINARY is not set (.ci/run sets it after installing the release)")
        }
        guard FileManager.default.isExecutableFile(atPath: path) else {
            XCTFail("GUILD_INSTALLED_BINARY=\(path) is not an executable")
            throw XCTSkip("no installed binary")
        }
        return GuildBinary(url: URL(fileURLWithPath: path))
    }

    /// Runs `guild` with `arguments`; the clock is pinned to 2026-11-22 10:00 Berlin unless `environment` says otherwise.
    public func run(_ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in Self.pinnedClock { env[key] = value }
        env["SWIFT_BACKTRACE"] = "enable=no"
        env.removeValue(forKey: "GUILD_STORE")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a chatty child never blocks on a full pipe.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh sample store (`guild demo`) at `<temporary folder>/store`, removed when `test` ends.
    public func demoStore(_ test: XCTestCase, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let store = try temporaryFolder(test, "guild-demo").appendingPathComponent("store")
        let demo = try run(["demo", "--store", store.path])
        XCTAssertEqual(demo.status, 0, demo.stderr, file: file, line: line)
        return store
    }

    /// Starts `guild arguments…` in a private tmux server, as a user at a `width`×`height` terminal would: the clock pinned
    /// (`pinnedClock`), `TERM=xterm-256color`, and a fresh empty config folder (`XDG_CONFIG_HOME`, removed with the
    /// session) so no `keys.json` or theme of the machine's user leaks in. `environment` adds to or overrides these.
    public func openInTmux(_ arguments: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws -> TmuxSession {
        var settings = Self.pinnedClock
        settings["TERM"] = "xterm-256color"
        var owned: [URL] = []
        if environment["XDG_CONFIG_HOME"] == nil {
            let config = FileManager.default.temporaryDirectory.appendingPathComponent("guild-e2e-config-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
            settings["XDG_CONFIG_HOME"] = config.path
            owned.append(config)
        }
        settings.merge(environment) { _, given in given }
        let command = ([url.path] + arguments).map(TmuxSession.quote).joined(separator: " ")
        do {
            return try TmuxSession(command: command, width: width, height: height, environment: settings, removedWhenDone: owned)
        } catch {
            for folder in owned { try? FileManager.default.removeItem(at: folder) }
            throw error
        }
    }
}
