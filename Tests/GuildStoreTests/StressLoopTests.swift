import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// Separate processes saving to one store: killed with SIGKILL at random moments, or racing each other.
final class StressLoopTests: XCTestCase {
    /// In a child process: runs the loop and exits. Otherwise: runs a short loop in-process and checks its output.
    func testStressLoop() throws {
        let environment = ProcessInfo.processInfo.environment
        if let store = environment[StressChild.storeVariable] {
            do {
                try StoreStressLoop.run(store: URL(fileURLWithPath: store),
                                        count: Int(environment[StressChild.countVariable] ?? "") ?? 100,
                                        seed: UInt64(environment[StressChild.seedVariable] ?? "") ?? 1)
                exit(0)
            } catch {
                FileHandle.standardError.write(Data("save-loop failed: \(error)\n".utf8))
                exit(1)
            }
        }
        print("stress children run as: \(StressChild.command.description) (\(StressChild.command.executable.path))")
        let folder = ScratchFolder(self)
        _ = try GuildStore.create(at: folder.url, name: "stress", types: [StressRecord.self])
        var lines: [String] = []
        try StoreStressLoop.run(store: folder.url, count: 30, seed: 5) { lines.append($0) }
        XCTAssertEqual(lines.first, "ready w5")
        XCTAssertEqual(lines.last, "done w5 30")
        XCTAssertEqual(lines.filter { $0.hasPrefix("ack ") || $0.hasPrefix("inc ") }.count, 30)
        let log = try parse(lines)
        let data = try GuildStore.open(at: folder.url, types: [StressRecord.self]).loadAll()
        XCTAssertEqual(data.problems, [])
        try assertFinalState(data.records(StressRecord.self), logs: [log], exact: true)
    }

    func testAcknowledgedSavesSurviveSIGKILL() throws {
        let folder = ScratchFolder(self)
        _ = try GuildStore.create(at: folder.url, name: "crash", types: [StressRecord.self])
        var random = SeededRandom(seed: 2026)
        var logs: [StressLog] = []
        var kills = 0
        for round in 0..<10 {
            let count = 1 + round % 3
            let children = try (0..<count).map { index in
                try StressChild.launch(store: folder.url, count: 1_000_000, seed: UInt64(100 + round * 10 + index),
                                       output: folder.url.appendingPathComponent("round\(round)-\(index).out"))
            }
            let wanted = Int.random(in: 1...200, using: &random)
            let deadline = Date().addingTimeInterval(30)
            // Counting lines is enough here ("ready" plus one per save); parsing is for after the kill.
            while children.contains(where: { lineCount($0.output) < wanted + 1 }), Date() < deadline {
                usleep(10_000)
            }
            usleep(UInt32.random(in: 0..<20_000, using: &random))
            for child in children {
                XCTAssertTrue(child.process.isRunning, "the child \(StressChild.command.description) ended early: \(errors(of: child))")
                kill(child.process.processIdentifier, SIGKILL)
                child.process.waitUntilExit()
                kills += 1
                let log = StressLog(file: child.output)
                XCTAssertTrue(log.ready, "child never started: \(errors(of: child))")
                // Lines also count conflicts, so the child may have acknowledged a little fewer than `wanted`.
                XCTAssertGreaterThan(log.acknowledged, 0)
                logs.append(log)
            }
        }
        // Opening cleans what the killed writers left; then every file must decode.
        let store = try GuildStore.open(at: folder.url, types: [StressRecord.self])
        XCTAssertEqual(folder.temporaryFiles(), [])
        let result = store.loadAll()
        XCTAssertEqual(result.problems, [])
        try assertFinalState(result.records(StressRecord.self), logs: logs, exact: false, inFlight: kills)
    }

    /// STORE.md's fault injection: `strace` kills the writer right before its Nth `fsync`, `rename` or `write`.
    func testKilledAtEveryStepOfTheWriteProtocolLosesNothing() throws {
        let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let strace else { throw XCTSkip("strace is not installed; the SIGKILL test above still runs") }
        let folder = ScratchFolder(self)
        _ = try GuildStore.create(at: folder.url, name: "inject", types: [StressRecord.self])
        var logs: [StressLog] = []
        var runs = 0
        for call in ["fsync", "rename", "write"] {
            for when in [1, 2, 3, 6, 11] {
                runs += 1
                let child = try StressChild.launch(
                    store: folder.url, count: 30, seed: UInt64(500 + runs),
                    output: folder.url.appendingPathComponent("\(call)-\(when).out"),
                    tracer: [strace, "-f", "-qq", "-o", "/dev/null", "-e", "trace=\(call)", "-e", "inject=\(call):signal=KILL:when=\(when)"])
                XCTAssertTrue(StressChild.wait(for: child.process, seconds: 30))
                if child.process.terminationStatus == 1, errors(of: child).contains("PTRACE") {
                    throw XCTSkip("ptrace is not permitted here: \(errors(of: child))")
                }
                let log = StressLog(file: child.output)
                XCTAssertFalse(log.done, "\(call) #\(when) was never reached")
                logs.append(log)
                // Every kill leaves a store that opens cleanly with nothing torn.
                let store = try GuildStore.open(at: folder.url, types: [StressRecord.self])
                XCTAssertEqual(folder.temporaryFiles(), [], "\(call) #\(when)")
                XCTAssertEqual(store.loadAll().problems, [], "\(call) #\(when)")
            }
        }
        let result = try GuildStore.open(at: folder.url, types: [StressRecord.self]).loadAll()
        try assertFinalState(result.records(StressRecord.self), logs: logs, exact: false, inFlight: runs)
    }

    func testTwoWritersLoseNoUpdate() throws {
        try runConcurrentWriters(2, count: 60)
    }

    func testFourWritersLoseNoUpdate() throws {
        try runConcurrentWriters(4, count: 40)
    }

    private func runConcurrentWriters(_ writers: Int, count: Int) throws {
        let folder = ScratchFolder(self)
        _ = try GuildStore.create(at: folder.url, name: "race", types: [StressRecord.self])
        let children = try (0..<writers).map { index in
            try StressChild.launch(store: folder.url, count: count, seed: UInt64(7_000 + index),
                                   output: folder.url.appendingPathComponent("writer\(index).out"))
        }
        var logs: [StressLog] = []
        for child in children {
            XCTAssertTrue(StressChild.wait(for: child.process, seconds: 60), "writer timed out")
            XCTAssertEqual(child.process.terminationStatus, 0, errors(of: child))
            let log = StressLog(file: child.output)
            XCTAssertTrue(log.done, errors(of: child))
            XCTAssertEqual(log.acknowledged, count)
            logs.append(log)
        }
        let result = try GuildStore.open(at: folder.url, types: [StressRecord.self]).loadAll()
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(folder.temporaryFiles(), [])
        try assertFinalState(result.records(StressRecord.self), logs: logs, exact: true)
    }

    /// Every acknowledged save is on disk: each private record holds its last acknowledged value (or, after a kill,
    /// a later one that was in flight), and each shared counter's acknowledged values are distinct — a lost update
    /// would acknowledge the same value twice — and, without kills, exactly 1…final.
    private func assertFinalState(_ records: [StressRecord], logs: [StressLog], exact: Bool, inFlight: Int = 0,
                                  line: UInt = #line) throws {
        let byID = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
        var lastAck: [UUID: Int] = [:]
        for log in logs { for (id, value) in log.acks { lastAck[id] = value } }
        XCTAssertFalse(lastAck.isEmpty, line: line)
        for (id, value) in lastAck {
            let stored = try XCTUnwrap(byID[id], "acknowledged record \(id) is missing", line: line)
            if exact {
                XCTAssertEqual(stored.value, value, "record \(id)", line: line)
            } else {
                XCTAssertGreaterThanOrEqual(stored.value, value, "record \(id) lost an acknowledged save", line: line)
            }
        }
        for shared in StoreStressLoop.sharedIDs {
            let values = logs.flatMap { $0.increments.filter { $0.0 == shared }.map(\.1) }
            guard !values.isEmpty else { continue }
            XCTAssertEqual(Set(values).count, values.count, "counter \(shared) acknowledged a value twice: a lost update", line: line)
            let stored = try XCTUnwrap(byID[shared], line: line).value
            XCTAssertGreaterThanOrEqual(stored, values.max()!, line: line)
            if exact {
                XCTAssertEqual(values.sorted(), Array(1...stored), line: line)
            } else {
                XCTAssertLessThanOrEqual(stored, values.count + inFlight, line: line)
            }
        }
    }

    private func lineCount(_ file: URL) -> Int {
        ((try? Data(contentsOf: file)) ?? Data()).reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    private func parse(_ lines: [String]) throws -> StressLog {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stress-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        return StressLog(file: file)
    }

    private func errors(of child: StressChild.Running) -> String {
        String(decoding: (try? Data(contentsOf: child.output.appendingPathExtension("err"))) ?? Data(), as: UTF8.self)
    }
}
