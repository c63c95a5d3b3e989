import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
import Synchronization
import XCTest

/// `guild sync` of a store with more files than one command line can name: git gets the paths on its standard input,
/// the first sync commits every named file in one commit and queues every anonymous one, and says what it does.
final class SyncScaleTests: XCTestCase {
    /// 2,400 named notes and 120 anonymous questions: about 210 KB of paths, over the 128 KB a command line may
    /// hold when the stack limit is 512 KB (`ulimit -s 512`, under which the sync runs here).
    func testAFirstSyncOfMorePathsThanACommandLineHoldsCommitsEverything() throws {
        let lab = try SyncLab(self, name: "guild-scale")
        let zoe = try lab.replica("Zoe")
        _ = try storeWithNotes(lab, zoe, named: 2_400, anonymous: 120)

        let synced = try runLimited(lab, zoe, ["sync", "--remote", lab.remote.path])
        XCTAssertEqual(synced.status, 0, synced.stdout + synced.stderr)
        XCTAssertTrue(synced.stderr.contains("Committing"), "a large sync says what it does: \(synced.stderr)")
        let committed = try lab.git(zoe, ["ls-tree", "-r", "--name-only", "HEAD", "--", "notes"]).split(separator: "\n")
        XCTAssertEqual(committed.count, 2_400, "every named note in the commit, no anonymous one")
        XCTAssertEqual(try lab.git(zoe, ["rev-list", "--count", "HEAD"]), "1", "one commit")
        let queued = try lab.git(zoe, ["ls-tree", "-r", "--name-only", "refs/remotes/origin/guild-anonymous", "--", "notes"])
            .split(separator: "\n")
        XCTAssertEqual(queued.count, 120, "every anonymous question queued on its own branch")
        XCTAssertEqual(try lab.git(zoe, ["status", "--porcelain", "--", "notes"]).split(separator: "\n").count, 120,
                       "only the queued anonymous files stay uncommitted on the main branch")

        // The next sync has nothing to commit and still succeeds under the same limit.
        let again = try runLimited(lab, zoe, ["sync"])
        XCTAssertEqual(again.status, 0, again.stdout + again.stderr)
        XCTAssertEqual(try lab.git(zoe, ["rev-list", "--count", "HEAD"]), "1")
    }

    /// A first sync of 1,200 named notes and 1,000 anonymous questions tells its progress step by step: committing
    /// counts the files git stages from 0 to all of them, queueing goes from 0 to all the anonymous entries, and the
    /// push reports git's own count of the objects it sends, up to all of them.
    func testALargeSyncTellsItsProgressStepByStep() throws {
        let lab = try SyncLab(self, name: "guild-progress")
        let zoe = try lab.replica("Zoe")
        let store = try storeWithNotes(lab, zoe, named: 1_200, anonymous: 1_000)
        store.waitForCacheWork()

        var options = StoreSync.Options(driverProgram: lab.guild.url.path, remote: lab.remote.path, environment: zoe.environment)
        options.now = try XCTUnwrap(StoreDateFormat.date(from: lab.now))
        let seen = Mutex<[SyncProgress]>([])
        options.progress = { progress in seen.withLock { $0.append(progress) } }
        let report = try StoreSync(store: store, options: options).sync()
        XCTAssertTrue(report.pushed)
        XCTAssertEqual(report.anonymousFiles, 1_000)
        let steps = seen.withLock { $0 }

        let committing = steps.filter { $0.step == StoreSync.committingStep }
        // The session, the 1,200 notes and the store's own files (manifest, .gitignore).
        let named = Int(try lab.git(zoe, ["ls-tree", "-r", "--name-only", "HEAD"]).split(separator: "\n").count)
        XCTAssertEqual(committing.first?.done, 0, "committing starts at 0: \(committing)")
        XCTAssertEqual(committing.last?.done, named, "and ends with every named file: \(committing)")
        XCTAssertTrue(committing.allSatisfy { $0.total == named })
        XCTAssertEqual(committing.map(\.done), committing.map(\.done).sorted(), "never goes back")

        let queueing = steps.filter { $0.step == StoreSync.queueingStep }
        XCTAssertEqual(queueing.map(\.done), [0, 1_000])

        let sending = steps.filter { $0.step == StoreSync.sendingStep }
        XCTAssertFalse(sending.isEmpty, "the push says how far it got: \(steps.map(\.step))")
        XCTAssertEqual(sending.last?.done, sending.last?.total)
        XCTAssertGreaterThanOrEqual(sending.last?.total ?? 0, named, "at least a blob per named file")
        XCTAssertEqual(sending.map(\.done), sending.map(\.done).sorted())
        XCTAssertEqual(steps.map(\.step).firstIndex(of: StoreSync.committingStep), 0, "committing comes first")
    }

    /// Runs guild as the lab does, with the stack limit — and so the command-line limit of its git children — lowered.
    private func runLimited(_ lab: SyncLab, _ replica: SyncLab.Replica, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -s 512 && exec \"$0\" \"$@\"", lab.guild.url.path] + arguments + ["--store", replica.store.path]
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "GUILD_STORE")
        for (key, value) in replica.environment { environment[key] = value }
        environment["GUILD_NOW"] = lab.now
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// A new store in `replica` holding one live session with `named` notes by someone and `anonymous` questions.
    private func storeWithNotes(_ lab: SyncLab, _ replica: SyncLab.Replica, named: Int, anonymous: Int) throws -> GuildStore {
        try lab.run(replica, ["init", "--name", "Team"])
        let store = try GuildStore.open(at: replica.store)
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let session = Session(title: "Weekly", format: .techTalk, start: start, status: .live, updatedAt: start)
        var records: [any Record] = [session]
        for index in 0..<named {
            records.append(NoteEntry(sessionID: session.id, kind: .note, text: "Note \(index)", author: UUID(),
                                     createdAt: start.addingTimeInterval(Double(index))))
        }
        for index in 0..<anonymous {
            records.append(AnonymousQuestion.note("Question \(index)?", session: session, id: UUID()))
        }
        try store.saveAll(records)
        return store
    }
}
