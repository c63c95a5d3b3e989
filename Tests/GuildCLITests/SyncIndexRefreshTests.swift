import Foundation
import GuildTestSupport
import XCTest

/// Receiving a few changed records moves git's index by those entries only (`update-index --index-info`), without
/// `update-index --refresh`, which `lstat`s every file of the store; what a person sees in git stays clean.
final class SyncIndexRefreshTests: XCTestCase {
    func testReceivingOneEditedRecordChangesItsIndexEntryWithoutRefreshingTheWholeIndex() throws {
        let lab = try SyncLab(self)
        let (replicas, person, _) = try lab.team(["Ann", "Ben"])
        let (ann, ben) = (replicas[0], replicas[1])
        try lab.edit(ann, person) { $0["role"] = "Staff engineer" }
        try lab.sync(ann)

        let trace = lab.root.appendingPathComponent("ben-git-trace")
        lab.extraEnvironment = ["GIT_TRACE2": trace.path]
        let output = try lab.sync(ben)
        lab.extraEnvironment = [:]
        XCTAssertTrue(output.contains("merged changes"), output)
        let started = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n").filter { $0.contains(" start ") }
        XCTAssertTrue(started.contains { $0.contains("update-index -z --index-info") }, "the received entry is written into the index")
        XCTAssertFalse(started.contains { $0.contains("update-index -q --refresh") }, started.joined(separator: "\n"))

        XCTAssertEqual(try Data(contentsOf: ben.store.appendingPathComponent(person)), try Data(contentsOf: ann.store.appendingPathComponent(person)))
        XCTAssertEqual(try lab.git(["status", "--porcelain", "--untracked-files=all"], in: ben.store), "", "nothing shows as changed")
        XCTAssertEqual(try lab.git(["diff", "HEAD", "--stat"], in: ben.store), "")
        // Ben's next sync has nothing to send.
        XCTAssertTrue(try lab.sync(ben).contains("nothing to commit"))
    }
}
