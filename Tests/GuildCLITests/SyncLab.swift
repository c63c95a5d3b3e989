import Foundation
import GuildTestSupport
import XCTest

/// A bare remote and several people's machines (each with its own home, git identity and store) in a temporary
/// folder, driven through the built `guild` binary and real git: what the sync suites play a team with.
final class SyncLab {
    /// One person's machine.
    struct Replica {
        var name: String
        var store: URL
        var home: URL

        /// What `guild` and git run with on this machine: its own home and no system git config.
        var environment: [String: String] {
            ["HOME": home.path, "XDG_CONFIG_HOME": home.path, "GIT_CONFIG_NOSYSTEM": "1", "TZ": "UTC"]
        }
    }

    let guild: GuildBinary
    let root: URL
    var remote: URL { root.appendingPathComponent("remote.git") }
    /// `GUILD_NOW` for every command (the day anonymous entries belong to); tests move it on to fold them in.
    var now = "2026-11-22T09:10:00Z"
    /// Extra variables for every command (a `PATH` with a killing git, say).
    var extraEnvironment: [String: String] = [:]

    init(_ test: XCTestCase, name: String = "guild-lab") throws {
        guild = try GuildBinary.locate()
        root = try temporaryFolder(test, name)
        try git(["init", "-q", "--bare", "--initial-branch=main", remote.path], in: root)
    }

    /// A machine named `name` with its git identity.
    func replica(_ name: String) throws -> Replica {
        let home = root.appendingPathComponent("home-\(name)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try "[user]\n\tname = \(name)\n\temail = \(name.lowercased())@example.com\n".write(
            to: home.appendingPathComponent(".gitconfig"), atomically: true, encoding: .utf8)
        return Replica(name: name, store: root.appendingPathComponent("store-\(name)"), home: home)
    }

    /// Runs `guild arguments --store <replica's store>` on a machine.
    @discardableResult
    func run(_ replica: Replica, _ arguments: [String], expect status: Int32? = 0, stdin: Data? = nil,
             file: StaticString = #filePath, line: UInt = #line) throws -> GuildBinary.Outcome {
        var environment = replica.environment
        environment["GUILD_NOW"] = now
        for (key, value) in extraEnvironment { environment[key] = value }
        let outcome = try guild.run(arguments + ["--store", replica.store.path], environment: environment, stdin: stdin)
        if let status {
            XCTAssertEqual(outcome.status, status, "guild \(arguments.joined(separator: " ")) as \(replica.name): \(outcome.stdout)\(outcome.stderr)",
                           file: file, line: line)
        }
        return outcome
    }

    /// Runs `guild arguments` on a machine with the stand-in git in `bin` first on PATH, told where to stop by
    /// `<PREFIX>_AT` (the step) and `<PREFIX>_WHEN` (before or after it); the stand-in logs each git command it runs, a
    /// line each, into `<root>/<prefix>/log` (`<PREFIX>_DIR`). Returns the outcome and the commands logged.
    func runThroughStandInGit(_ replica: Replica, _ arguments: [String], bin: URL, prefix: String, step: Int, when: String,
                              expect status: Int32?) throws -> (outcome: GuildBinary.Outcome, log: [String]) {
        let counter = root.appendingPathComponent(prefix.lowercased())
        try? FileManager.default.removeItem(at: counter)
        try FileManager.default.createDirectory(at: counter, withIntermediateDirectories: true)
        extraEnvironment = ["PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                            prefix + "_DIR": counter.path, prefix + "_AT": String(step), prefix + "_WHEN": when]
        defer { extraEnvironment = [:] }
        let outcome = try run(replica, arguments, expect: status)
        let log = (try? String(contentsOf: counter.appendingPathComponent("log"), encoding: .utf8)) ?? ""
        return (outcome, log.split(separator: "\n").map(String.init))
    }

    /// `guild sync` on a machine; its output.
    @discardableResult
    func sync(_ replica: Replica, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try run(replica, ["sync"], file: file, line: line).stdout
    }

    /// A team: the first machine makes a store with one person (`zoe`) and one live session and pushes it; the others
    /// clone it. Returns the machines, the person's file and the session's id.
    func team(_ names: [String]) throws -> (replicas: [Replica], person: String, session: String) {
        let replicas = try names.map(replica)
        let first = replicas[0]
        try run(first, ["init", "--name", "Team"])
        try run(first, ["add", "person", "Zoe Q", "--handle", "zoe"])
        try run(first, ["add", "session", "Weekly", "--at", "2026-11-22 09:00", "--format", "tech-talk"], expect: nil)
        let sessionFile = try XCTUnwrap(try files(in: first, "sessions").first)
        try edit(first, sessionFile) { $0["status"] = "live" }
        try run(first, ["sync", "--remote", remote.path])
        for other in replicas.dropFirst() {
            var environment = other.environment
            environment["GUILD_NOW"] = now
            let cloned = try guild.run(["clone", remote.path, "--store", other.store.path], environment: environment)
            XCTAssertEqual(cloned.status, 0, cloned.stderr)
        }
        let person = try XCTUnwrap(try files(in: first, "people").first)
        return (replicas, person, String(sessionFile.dropFirst("sessions/".count).dropLast(".json".count)))
    }

    /// The record files (relative paths) in one of a store's folders, sorted.
    func files(in replica: Replica, _ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: replica.store.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
    }

    /// Changes a record file's JSON in place as another tool (or a hand) would, keeping Guild's format.
    func edit(_ replica: Replica, _ relative: String, _ change: (inout [String: Any]) -> Void) throws {
        let url = replica.store.appendingPathComponent(relative)
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        change(&object)
        try Self.write(object, to: url)
    }

    /// Writes a JSON object as Guild does (sorted keys, two-space indent, `" : "`, final newline).
    static func write(_ object: [String: Any], to url: URL) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\": ", with: "\" : ") + "\n").utf8).write(to: url)
    }

    /// Runs git in `folder` (a machine's store when `replica` is given) and returns its output; fails the test when
    /// git fails unless `check` is false.
    @discardableResult
    func git(_ arguments: [String], in folder: URL, as replica: Replica? = nil, check: Bool = true,
             file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = replica?.home.path ?? root.path
        env["XDG_CONFIG_HOME"] = replica?.home.path ?? root.path
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if check {
            XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " ")): \(String(decoding: errors, as: UTF8.self))",
                           file: file, line: line)
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Git in a machine's store, as that machine's user.
    @discardableResult
    func git(_ replica: Replica, _ arguments: [String], check: Bool = true, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try git(arguments, in: replica.store, as: replica, check: check, file: file, line: line)
    }

    /// `guild list people --json` on a machine, parsed: handle → the person's fields.
    func people(_ replica: Replica, file: StaticString = #filePath, line: UInt = #line) throws -> [String: [String: Any]] {
        let listed = try run(replica, ["list", "people", "--json"], file: file, line: line).stdout
        let array = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]], file: file, line: line)
        var byHandle: [String: [String: Any]] = [:]
        for person in array { byHandle[person["handle"] as? String ?? ""] = person }
        return byHandle
    }

    /// The texts of every note file in a machine's store (read as files: notes have no list command).
    func noteTexts(_ replica: Replica) throws -> [String] {
        let notes = replica.store.appendingPathComponent("notes")
        var texts: [String] = []
        for session in (try? FileManager.default.contentsOfDirectory(atPath: notes.path)) ?? [] {
            let folder = notes.appendingPathComponent(session)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".json") {
                let object = (try? JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name)))) as? [String: Any]
                if let text = object?["text"] as? String { texts.append(text) }
            }
        }
        return texts.sorted()
    }
}
