import Foundation
import XCTest

/// Runs the built `guild` executable as a separate process, as a user would.
struct GuildBinary {
    /// What a run printed and how it ended.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let url: URL

    /// The `guild` binary built next to the test bundle, or a skip when the build did not produce one.
    static func locate() throws -> GuildBinary {
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

    /// Runs `guild` with `arguments`; the clock is pinned to 2026-11-22 10:00 Berlin unless `environment` says otherwise.
    func run(_ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["GUILD_NOW"] = "2026-11-22T09:00:00Z"
        env["TZ"] = "Europe/Berlin"
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
}

/// A fresh temporary folder, removed when the test ends.
func temporaryFolder(_ test: XCTestCase, _ name: String = "guild-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}
