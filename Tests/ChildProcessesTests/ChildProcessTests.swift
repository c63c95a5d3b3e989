import ChildProcesses
import Dispatch
import Foundation
import Synchronization
import XCTest

/// A child's three streams at once, its limits, its end by signal, and callers on many threads.
final class ChildProcessTests: XCTestCase {
    /// Runs `body` on another thread and fails (rather than hanging the suite) if it has not finished after minutes.
    private func finishes<T: Sendable>(_ what: String, _ body: @escaping @Sendable () throws -> T) throws -> T {
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome<T>()
        Thread {
            outcome.set(Result { try body() })
            done.signal()
        }.start()
        guard done.wait(timeout: .now() + 300) == .success else {
            XCTFail("\(what) never finished: a deadlock")
            throw CancellationError()
        }
        return try outcome.get().get()
    }

    func testSeveralMegabytesOnStandardInputOutputAndErrorAtOnceDoNotDeadlock() throws {
        // `cat` echoes the input while the same script writes 6 MB of errors: each pipe fills many times over, so
        // this finishes only if input is written while both outputs are read.
        // 8 MiB of a 251-byte pattern: any lost, repeated or reordered pipe-sized chunk shows.
        let pattern = Data((0..<251).map { UInt8($0) })
        var bytes = Data(capacity: 8 << 20)
        while bytes.count < 8 << 20 { bytes.append(pattern) }
        let input = bytes
        let child = shell("head -c 6000000 /dev/zero | tr '\\0' e >&2 & cat; wait")
        let completed = try finishes("8 MB in, 8 MB out and 6 MB of errors") { try child.run(input: input) }
        XCTAssertEqual(completed.termination, .exited(0))
        XCTAssertEqual(completed.standardOutput, input)
        XCTAssertEqual(completed.standardError.count, 6_000_000)
        XCTAssertEqual(completed.standardError, Data(repeating: UInt8(ascii: "e"), count: 6_000_000))
    }

    func testTheObserverSeesEachOutputAsItArrivesAndAllOfIt() throws {
        // The child waits (up to 30 s) for a file the observer makes when it sees the first line: it says
        // "seen in time" only if the observer ran while the child was still running.
        let flag = FileManager.default.temporaryDirectory.appendingPathComponent("guild-observer-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: flag) }
        let seen = Mutex<[ChildProcess.Stream: Data]>([:])
        let child = shell("echo first; echo oops >&2; i=0; while [ ! -e \"$0\" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done; "
                          + "[ -e \"$0\" ] && echo seen in time; head -c 200000 /dev/zero").withArgument(flag)
        let completed = try finishes("an observed run") {
            try child.run { stream, chunk in
                seen.withLock { $0[stream, default: Data()].append(chunk) }
                if stream == .standardOutput, String(decoding: chunk, as: UTF8.self).contains("first") {
                    _ = FileManager.default.createFile(atPath: flag, contents: Data())
                }
            }
        }
        XCTAssertEqual(completed.termination, .exited(0))
        XCTAssertEqual(seen.withLock { $0[.standardOutput] }, completed.standardOutput, "every byte of standard output, in order")
        XCTAssertEqual(seen.withLock { $0[.standardError] }, Data("oops\n".utf8))
        XCTAssertTrue(completed.standardOutput.starts(with: Data("first\nseen in time\n".utf8)))
        XCTAssertEqual(completed.standardOutput.count, "first\nseen in time\n".utf8.count + 200_000)
    }

    func testBothOutputsLargeWithoutInput() throws {
        let child = shell("head -c 9000000 /dev/zero & head -c 7000000 /dev/zero >&2; wait")
        let completed = try finishes("9 MB out and 7 MB of errors") { try child.run() }
        XCTAssertEqual(completed.termination, .exited(0))
        XCTAssertEqual(completed.standardOutput.count, 9_000_000)
        XCTAssertEqual(completed.standardError.count, 7_000_000)
    }

    func testOutputPastItsLimitStopsTheChildWithAClearError() throws {
        let limits = ChildProcess.Limits(standardOutput: 1 << 20, standardError: 1 << 20)
        // `yes` never stops by itself: only the limit ends it.
        XCTAssertThrowsError(try finishes("yes past the limit") { try shell("exec yes", limits: limits).run() }) { error in
            XCTAssertEqual(error as? ChildProcess.Failure, .outputTooLarge(program: "sh", stream: "standard output", limit: 1 << 20))
            XCTAssertEqual("\(error)", "sh printed more than 1 MiB on its standard output; it was stopped and its output not used")
        }
        XCTAssertThrowsError(try finishes("errors past the limit") { try shell("yes >&2", limits: limits).run() }) { error in
            XCTAssertEqual(error as? ChildProcess.Failure, .outputTooLarge(program: "sh", stream: "standard error", limit: 1 << 20))
        }
        // Exactly at the limit is kept whole.
        let exact = try shell("head -c 1048576 /dev/zero", limits: limits).run()
        XCTAssertEqual(exact.standardOutput.count, 1 << 20)
    }

    func testAChildThatStopsReadingItsInputNeitherKillsUsNorPassesForSuccess() throws {
        let input = Data(repeating: 0x61, count: 4 << 20)
        // Fails without reading: its status and message come back (the write's EPIPE is not Guild's failure, and the
        // SIGPIPE it raises does not end this process).
        let failed = try finishes("a failing child that never reads") { try shell("exec 0<&-; echo 'fatal: no' >&2; exit 3").run(input: input) }
        XCTAssertEqual(failed.termination, .exited(3))
        XCTAssertEqual(String(decoding: failed.standardError, as: UTF8.self), "fatal: no\n")
        // Says it succeeded after taking only part of the input: not used as a success.
        XCTAssertThrowsError(try finishes("a child that reads 10 bytes") { try shell("head -c 10 >/dev/null").run(input: input) }) { error in
            guard case .inputNotRead(program: "sh", let written, of: 4 << 20)? = error as? ChildProcess.Failure else {
                return XCTFail("\(error)")
            }
            XCTAssertLessThan(written, 4 << 20)
        }
    }

    func testEndsAreMappedToExitStatusOrSignal() throws {
        XCTAssertEqual(try shell("exit 7").run().termination, .exited(7))
        let killed = try shell("kill -9 $$").run().termination
        XCTAssertEqual(killed, .signaled(9))
        XCTAssertEqual(killed.description, "was killed by signal 9 (SIGKILL)")
        XCTAssertFalse(killed.isSuccess)
        XCTAssertThrowsError(try ChildProcess(executable: "/nonexistent/guild-git", arguments: []).run()) { error in
            guard case .couldNotStart(program: "guild-git", _)? = error as? ChildProcess.Failure else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try ChildProcess(executable: "/bin/sh", arguments: ["-c", "true"], workingDirectory: "/nonexistent/folder").run()) { error in
            guard case .couldNotStart(program: "sh", _)? = error as? ChildProcess.Failure else { return XCTFail("\(error)") }
        }
    }

    func testEnvironmentAndFolderAreTheChildsWholeWorld() throws {
        let folder = FileManager.default.temporaryDirectory.path
        let child = ChildProcess(executable: "/bin/sh", arguments: ["-c", "pwd; echo \"$ONLY\"; env | wc -l", "x"],
                                 environment: ["ONLY": "this one"], workingDirectory: folder)
        let lines = String(decoding: try child.run().standardOutput, as: UTF8.self).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path },
                       URL(fileURLWithPath: folder).resolvingSymlinksInPath().path)
        XCTAssertEqual(lines.dropFirst().first, "this one")
        // ONLY, plus what sh sets itself (PWD, SHLVL, _).
        XCTAssertLessThanOrEqual(Int(lines.last?.trimmingCharacters(in: .whitespaces) ?? "") ?? 99, 4)
    }

    func testCallersOnManyThreadsAndFromTasksAtOnce() throws {
        // 24 synchronous callers on Dispatch's worker threads at once.
        let results = Outcomes()
        try finishes("24 children from Dispatch workers") {
            DispatchQueue.concurrentPerform(iterations: 24) { index in
                let text = (try? shell("echo child-$0", limits: .standard).withArgument("\(index)").run())
                    .map { String(decoding: $0.standardOutput, as: UTF8.self) }
                results.add(index, text)
            }
        }
        XCTAssertEqual(results.all, Dictionary(uniqueKeysWithValues: (0..<24).map { ($0, "child-\($0)\n") }))
        // 16 tasks awaiting children at once, and one blocking caller inside a task (the blocking `run` must not
        // hold every thread of the shared pool: swift-subprocess ends each run with a task there).
        let fromTasks = try finishes("16 children awaited by tasks") {
            let done = DispatchSemaphore(value: 0)
            let collected = Outcomes()
            Task.detached {
                await withTaskGroup(of: Void.self) { group in
                    for index in 0..<16 {
                        group.addTask {
                            let text = (try? await shell("echo task-$0").withArgument("\(index)").run(input: nil))
                                .map { String(decoding: $0.standardOutput, as: UTF8.self) }
                            collected.add(index, text)
                        }
                    }
                    group.addTask {
                        let text = (try? shell("echo blocking").run()).map { String(decoding: $0.standardOutput, as: UTF8.self) }
                        collected.add(16, text)
                    }
                }
                done.signal()
            }
            done.wait()
            return collected.all
        }
        XCTAssertEqual(fromTasks, Dictionary(uniqueKeysWithValues: (0..<16).map { ($0, "task-\($0)\n") }).merging([16: "blocking\n"]) { $1 })
    }
}

/// A child running `script` under /bin/sh.
private func shell(_ script: String, limits: ChildProcess.Limits = .standard) -> ChildProcess {
    ChildProcess(executable: "/bin/sh", arguments: ["-c", script], limits: limits)
}

private extension ChildProcess {
    /// The same child with one more argument.
    func withArgument(_ argument: String) -> ChildProcess {
        var copy = self
        copy.arguments.append(argument)
        return copy
    }
}

/// One result handed across threads.
private final class Outcome<T: Sendable>: Sendable {
    private let value = Mutex<Result<T, any Error>?>(nil)
    func set(_ result: Result<T, any Error>) { value.withLock { $0 = result } }
    func get() -> Result<T, any Error> { value.withLock { $0! } }
}

/// Texts gathered from many threads by index.
private final class Outcomes: Sendable {
    private let texts = Mutex<[Int: String]>([:])
    func add(_ index: Int, _ text: String?) { texts.withLock { $0[index] = text ?? "(failed)" } }
    var all: [Int: String] { texts.withLock { $0 } }
}
