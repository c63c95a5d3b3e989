import Foundation
import GuildTestSupport
import XCTest

/// A `git gc --auto` that git left running in the background (after a large commit it repacks for a minute and more,
/// holding `.git/gc.log.lock`) does not hold the next sync up: the sync runs beside it and leaves its lock alone.
final class SyncBackgroundGCTests: XCTestCase {
    func testASyncRunsBesideABackgroundGitGC() throws {
        let lab = try SyncLab(self, name: "guild-gc")
        let (replicas, person, _) = try lab.team(["Ann"])
        let ann = replicas[0]
        // A stand-in for the background gc: a long-running process named like git, working in the store, named by
        // gc.pid, holding gc.log.lock.
        let program = lab.root.appendingPathComponent("git-gc-stand-in")
        try FileManager.default.copyItem(atPath: "/bin/sleep", toPath: program.path)
        let gc = Process()
        gc.executableURL = program
        gc.arguments = ["120"]
        gc.currentDirectoryURL = ann.store
        try gc.run()
        defer { if gc.isRunning { gc.terminate(); gc.waitUntilExit() } }
        let git = ann.store.appendingPathComponent(".git")
        try "\(gc.processIdentifier) \(ProcessInfo.processInfo.hostName)".write(to: git.appendingPathComponent("gc.pid"), atomically: true, encoding: .utf8)
        let lock = git.appendingPathComponent("gc.log.lock")
        _ = FileManager.default.createFile(atPath: lock.path, contents: Data())

        try lab.edit(ann, person) { $0["team"] = "Platform"; $0["updatedAt"] = "2026-11-22T09:11:00Z" }
        let synced = try lab.run(ann, ["sync"], expect: nil)
        XCTAssertEqual(synced.status, 0, "the sync runs beside the gc instead of waiting for it and giving up: " + synced.stderr)
        XCTAssertTrue(gc.isRunning)
        XCTAssertTrue(FileManager.default.fileExists(atPath: lock.path), "the running gc's lock is left alone")
        XCTAssertEqual(try lab.git(ann, ["status", "--porcelain", "--", "people"]), "")

        // Once the gc is gone, its lock is stale and the next sync removes it.
        gc.terminate()
        gc.waitUntilExit()
        try lab.sync(ann)
        XCTAssertFalse(FileManager.default.fileExists(atPath: lock.path))
    }
}
