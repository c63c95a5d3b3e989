import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
@testable import GuildCLI
import XCTest

/// Commands that write send their change against the version they loaded: two at once on one record both survive,
/// and the same field changed by both fails with both values instead of overwriting.
final class ConcurrentCommandTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try temporaryFolder(self).appendingPathComponent("store")
        let created = try guild.run(["init", "--store", store.path, "--name", "Team"])
        XCTAssertEqual(created.status, 0, created.stderr)
        let added = try guild.run(["solutions", "add", "--need", "Send e-mail", "--solution", "Postmark", "--store", store.path])
        XCTAssertEqual(added.status, 0, added.stderr)
    }

    /// The one solution, read straight from the store folder.
    private func solutionOnDisk() throws -> Solution {
        try XCTUnwrap(GuildStore.open(at: store).loadAll().data.solutions.values.first)
    }

    func testTwoCommandsLoadedBeforeEitherSavedBothKeepTheirField() throws {
        let options = try StoreOptions.parse(["--store", store.path])
        // Both commands load the store before either writes, as two terminals running at once would.
        var first = try LoadedStore.open(options)
        var second = try LoadedStore.open(options)
        let base = try XCTUnwrap(first.data.solutions.values.first)
        var time = base
        time.approximateTime = "1 day"
        var risks = base
        risks.risks = "Bounces"
        try first.save(time, base: base)
        try second.save(risks, base: base)
        let file = try solutionOnDisk()
        XCTAssertEqual(file.approximateTime, "1 day")
        XCTAssertEqual(file.risks, "Bounces")
        XCTAssertEqual(second.data.solutions[base.id], file, "the command's data holds the merged version it printed")
    }

    func testTheSameFieldChangedByTwoCommandsFailsNamingBothValuesAndKeepsTheFirst() throws {
        let options = try StoreOptions.parse(["--store", store.path])
        var first = try LoadedStore.open(options)
        var second = try LoadedStore.open(options)
        let base = try XCTUnwrap(first.data.solutions.values.first)
        var mine = base
        mine.risks = "Bounces"
        var theirs = base
        theirs.risks = "Spam \u{1B}[31mfilters"
        try first.save(theirs, base: base)
        XCTAssertThrowsError(try second.save(mine, base: base)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("in the same fields (risks); not saved"), text)
            XCTAssertTrue(text.contains("risks: yours \"Bounces\", on disk \"Spam "), text)
            XCTAssertFalse(text.contains("\u{1B}"), "stored text never reaches the terminal raw: \(text)")
        }
        XCTAssertEqual(try solutionOnDisk().risks, theirs.risks)
    }

    func testCommandsRunAtOnceOnOneRecordLoseNothing() throws {
        for round in 0..<4 {
            let results = ConcurrentOutcomes()
            let arguments = [
                ["solutions", "edit", "e-mail", "--time", "\(round + 1) days", "--store", store.path],
                ["solutions", "edit", "e-mail", "--risks", "Risk \(round)", "--store", store.path],
            ]
            let binary: GuildBinary = guild
            DispatchQueue.concurrentPerform(iterations: arguments.count) { index in
                results.set(index, Result { try binary.run(arguments[index]) })
            }
            for index in arguments.indices {
                let outcome = try results.get(index).get()
                XCTAssertEqual(outcome.status, 0, outcome.stderr)
            }
            let file = try solutionOnDisk()
            XCTAssertEqual(file.approximateTime, "\(round + 1) days", "round \(round)")
            XCTAssertEqual(file.risks, "Risk \(round)", "round \(round)")
        }
    }
}

/// Results of processes run on several threads at once.
private final class ConcurrentOutcomes: @unchecked Sendable {
    private var results: [Int: Result<GuildBinary.Outcome, any Error>] = [:]
    private let lock = NSLock()

    func set(_ index: Int, _ result: Result<GuildBinary.Outcome, any Error>) { lock.withLock { results[index] = result } }

    func get(_ index: Int) -> Result<GuildBinary.Outcome, any Error> {
        lock.withLock { results[index] } ?? .failure(CancellationError())
    }
}
