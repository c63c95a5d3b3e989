import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// `saveChanges` (an import's batch) applies every change as `save(_:base:)` does — against the file as it is now —
/// under one lock with one folder sync: another writer's fields are kept, the same field changed by both stops the
/// batch with a conflict, and what came before it stays saved.
final class BatchSaveTests: XCTestCase {
    func testABatchMergesWithOthersEditsAndStopsAtAConflict() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        let bases = (1...5).map { Fixtures.person($0) }
        try store.saveAll(bases)

        // Another writer, since this one loaded: person 2's team, person 4's name.
        let other = try GuildStore.open(at: folder.url)
        var teamChanged = bases[1]
        teamChanged.team = "Platform"
        try other.save(teamChanged, base: bases[1])
        var renamed = bases[3]
        renamed.name = "Renamed elsewhere"
        try other.save(renamed, base: bases[3])

        // This writer changes every role, and person 4's name too (a conflict), in one batch.
        let changes: [(record: Person, base: Person?)] = bases.map { base in
            var mine = base
            mine.role = "Engineer"
            if base.id == bases[3].id { mine.name = "Renamed here" }
            return (mine, base)
        }
        var reported: [Int] = []
        XCTAssertThrowsError(try store.saveChanges(changes) { done, total in
            XCTAssertEqual(total, 5)
            reported.append(done)
        }) { error in
            guard case StoreError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.fields.map(\.name), ["name"])
        }
        XCTAssertEqual(reported, [1, 2, 3], "stopped at the fourth change")

        let now = try GuildStore.open(at: folder.url).loadAll(includeNotes: false).data.people
        XCTAssertEqual(now[bases[0].id]?.role, "Engineer")
        XCTAssertEqual(now[bases[1].id]?.role, "Engineer")
        XCTAssertEqual(now[bases[1].id]?.team, "Platform", "the other writer's field is kept")
        XCTAssertEqual(now[bases[2].id]?.role, "Engineer")
        XCTAssertEqual(now[bases[3].id]?.name, "Renamed elsewhere", "a conflict writes nothing")
        XCTAssertEqual(now[bases[3].id]?.role, "", "nothing of the conflicting change is written")
        XCTAssertEqual(now[bases[4].id]?.role, "", "nothing after the conflict is written")
        XCTAssertNil(store.state.withLock { store.deferredFolderSyncs }, "each write syncs its folder again after a batch")
    }

    /// A batch whose bases are the files as this handle loaded them writes each change without encoding its base again
    /// (the file's fingerprint says it still holds the base); a file another writer changed since is still merged.
    func testChangesAgainstTheFilesAsLoadedSkipTheBaseEncodingAndOthersEditsStillMerge() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        let bases = (1...6).map { Fixtures.person($0) }
        try store.saveAll(bases)
        _ = store.loadAll(includeNotes: false)
        let other = try GuildStore.open(at: folder.url)
        var teamChanged = bases[2]
        teamChanged.team = "Platform"
        try other.save(teamChanged, base: bases[2])

        let changes: [(record: Person, base: Person?)] = bases.map { base in
            var mine = base
            mine.role = "Engineer"
            return (mine, base)
        }
        XCTAssertEqual(try store.saveChanges(changes), [.written, .written, .merged, .written, .written, .written])
        XCTAssertEqual(store.state.withLock { store.baseEncodings }, 1, "only the file changed elsewhere is compared with its base")
        let now = try GuildStore.open(at: folder.url).loadAll(includeNotes: false).data.people
        for base in bases { XCTAssertEqual(now[base.id]?.role, "Engineer") }
        XCTAssertEqual(now[bases[2].id]?.team, "Platform", "the other writer's field is kept")
    }

    func testABatchOfCreationsAndUpdatesWritesEveryFile() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        let existing = (1...3).map { Fixtures.skill($0) }
        try store.saveAll(existing)
        var changes: [(record: Skill, base: Skill?)] = existing.map { base in
            var mine = base
            mine.category = "Languages"
            return (mine, base)
        }
        changes += (4...40).map { (Fixtures.skill($0), nil) }
        let outcomes = try store.saveChanges(changes)
        XCTAssertEqual(outcomes.count, 40)
        let skills = try GuildStore.open(at: folder.url).loadAll(includeNotes: false).data.skills
        XCTAssertEqual(skills.count, 40)
        XCTAssertEqual(skills.values.filter { $0.category == "Languages" }.count, 3)
    }

    /// More files than one staged batch, and the same file changed twice in a batch (the second change is applied to
    /// the first one's result): every file is written, in place and recorded, with no temporary file left.
    func testBatchesOfStagedWritesLeaveEveryFileAndNoTemporaryOne() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        let count = GuildStore.stagedBatch + 44
        var changes: [(record: Skill, base: Skill?)] = (1...count).map { (Fixtures.skill($0), nil) }
        var renamed = Fixtures.skill(7)
        renamed.category = "Changed in the same batch"
        changes.append((renamed, Fixtures.skill(7)))
        let outcomes = try store.saveChanges(changes)
        XCTAssertEqual(outcomes.count, count + 1)
        XCTAssertEqual(outcomes.last, .written)
        let skills = try GuildStore.open(at: folder.url).loadAll(includeNotes: false).data.skills
        XCTAssertEqual(skills.count, count)
        XCTAssertEqual(skills[renamed.id]?.category, "Changed in the same batch")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("skills").path)
        XCTAssertEqual(names.filter { DurableFile.isTemporaryName($0) }, [])
        XCTAssertEqual(store.loadAll(includeNotes: false).data.skills, skills, "the writing handle recorded what it wrote")
        XCTAssertNil(store.state.withLock { store.stagedWrites })
    }
}
