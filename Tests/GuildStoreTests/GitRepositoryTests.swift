import Foundation
import GuildStore
import XCTest

/// `GitRepository` over a `git` that misbehaves: floods both outputs, fails, is killed, or is the real one failing.
final class GitRepositoryTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("guild-git-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("store"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A repository whose `git` is `script` (run by /bin/sh).
    private func fakeGit(_ script: String) throws -> GitRepository {
        let git = folder.appendingPathComponent("bin/git")
        try Data(("#!/bin/sh\n" + script + "\n").utf8).write(to: git)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: git.path)
        return try GitRepository(folder: folder.appendingPathComponent("store").path,
                                 environment: ["PATH": folder.appendingPathComponent("bin").path + ":/usr/bin:/bin"])
    }

    func testAFailingGitThatFloodsBothOutputsFailsWithItsOwnMessage() throws {
        // Megabytes on both outputs at once, reading all of a 3 MB input, then git's usual last words.
        let git = try fakeGit("""
        cat >/dev/null
        echo 'fatal: unable to access the remote: Connection refused' >&2
        head -c 5000000 /dev/zero &
        head -c 4000000 /dev/zero | tr '\\0' x >&2
        wait
        exit 128
        """)
        let output = try git.run(["fetch", "origin"], input: Data(repeating: 0x41, count: 3 << 20))
        XCTAssertEqual(output.status, 128)
        XCTAssertEqual(output.stdout.count, 5_000_000)
        XCTAssertTrue(output.stderr.hasPrefix("fatal: unable to access the remote: Connection refused\n"))
        XCTAssertEqual(output.stderr.utf8.count, 55 + 4_000_000)
        XCTAssertThrowsError(try git.check(["fetch", "origin"], input: Data(repeating: 0x41, count: 3 << 20))) { error in
            XCTAssertTrue("\(error)".hasPrefix("git fetch failed: fatal: unable to access the remote: Connection refused"), "\(error)")
        }
    }

    func testTheRealGitsMessageReachesTheError() throws {
        let git = try GitRepository(folder: folder.appendingPathComponent("store").path)
        try git.check(["init", "-q"])
        XCTAssertThrowsError(try git.check(["rev-parse", "--verify", "--end-of-options", "no-such-branch^{commit}"])) { error in
            XCTAssertEqual("\(error)", "git rev-parse failed: fatal: Needed a single revision")
        }
    }

    func testAKilledGitIsAFailureNeverAnAnswer() throws {
        // `merge-base --is-ancestor` answers by status: a killed git must not read as "no".
        let git = try fakeGit("echo 'partial' >&2; kill -9 $$")
        XCTAssertThrowsError(try git.run(["merge-base", "--is-ancestor", "a", "b"])) { error in
            XCTAssertEqual("\(error)", "git merge-base failed: git was killed by signal 9 (SIGKILL): partial")
        }
    }

    func testAGitThatStopsReadingItsInputButSaysSuccessIsAFailure() throws {
        let git = try fakeGit("head -c 5 >/dev/null; exit 0")
        XCTAssertThrowsError(try git.check(["update-index", "-z", "--stdin"], input: Data(repeating: 0x41, count: 4 << 20))) { error in
            XCTAssertTrue("\(error)".hasPrefix("git update-index failed: git took only "), "\(error)")
        }
    }

    func testAMissingGitIsReported() throws {
        XCTAssertThrowsError(try GitRepository(folder: folder.path, environment: ["PATH": folder.appendingPathComponent("bin").path])) { error in
            XCTAssertEqual(error as? SyncError, .gitMissing)
        }
    }
}
