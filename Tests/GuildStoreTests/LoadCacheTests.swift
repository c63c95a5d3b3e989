import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// The derived load cache in `.guild/cache/`: a hit equals a full read, changes made elsewhere invalidate exactly
/// the files they touched, damaged cache files are ignored and rebuilt, and saves never trust it.
final class LoadCacheTests: XCTestCase {
    /// Ten seconds ahead: stamps written a moment ago count as settled, so the trusted (no `lstat`) path runs too.
    let settled: Int64 = 10_000_000_000

    /// Opens a handle whose racy-stamp rule treats every file written so far as settled.
    func open(_ folder: ScratchFolder) throws -> GuildStore {
        let store = try plainOpen(folder)
        store.state.withLock { store.cacheClockOffset = settled }
        return store
    }

    /// Opens a handle that caches even these small folders (the store skips folders under `cacheMinimumEntries`).
    func plainOpen(_ folder: ScratchFolder) throws -> GuildStore {
        let store = try GuildStore.open(at: folder.url)
        store.state.withLock { store.cacheMinimumEntries = 0 }
        return store
    }

    /// Loads, waits for the background check and cache writes, and returns the result with how many files were read.
    func load(_ store: GuildStore, includeNotes: Bool = false) -> (result: LoadResult, reads: Int) {
        let result = store.loadAll(includeNotes: includeNotes)
        let reads = store.state.withLock { store.lastLoadReads }
        store.waitForCacheWork()
        return (result, reads)
    }

    /// What reading every file says, from a handle whose cache was deleted first.
    func fullRead(_ folder: ScratchFolder, includeNotes: Bool = false) throws -> LoadResult {
        let store = try GuildStore.open(at: folder.url)
        let saved = FileManager.default.temporaryDirectory.appendingPathComponent("guild-cache-\(UUID().uuidString)")
        let cache = folder.url.appendingPathComponent(".guild/cache")
        // Read without the cache, then put it back as it was.
        try? FileManager.default.moveItem(at: cache, to: saved)
        defer {
            try? FileManager.default.removeItem(at: cache)
            try? FileManager.default.moveItem(at: saved, to: cache)
        }
        let result = store.loadAll(includeNotes: includeNotes)
        store.waitForCacheWork()
        return result
    }

    /// One record of every kind, with every optional field set.
    func richRecords() -> [any Record] {
        let now = Fixtures.now
        let session = Fixtures.id(30)
        let agenda = AgendaItem(id: Fixtures.id(31), title: "Talk", minutes: 30, owner: Fixtures.id(1), isRound: true)
        let group = PairingGroup(id: Fixtures.id(81), members: [Fixtures.id(1), Fixtures.id(2)], skillID: Fixtures.id(10),
                                 teacher: Fixtures.id(1), learner: Fixtures.id(2))
        return [
            Person(id: Fixtures.id(1), name: "Zoë Ångström", handle: "zoe", team: "Platform", role: "SRE", email: "z@example.com",
                   away: true, pairingOptOut: false, updatedAt: now),
            Fixtures.person(2),
            Skill(id: Fixtures.id(10), name: "Kubernetes", category: "Infrastructure", critical: true, updatedAt: now),
            RatingSheet(personID: Fixtures.id(1), ratings: [
                SkillRating(skillID: Fixtures.id(10), level: .working, wantsToLearn: true, ratedAt: now.addingTimeInterval(-86_400)),
                SkillRating(skillID: Fixtures.id(10), level: .expert, happyToTeach: true, ratedAt: now.addingTimeInterval(0.125)),
            ], updatedAt: now),
            Session(id: session, title: "Zero-downtime migrations", format: .techTalk, desiredOutcome: "Ship safely", details: "**Bring** a laptop",
                    start: now.addingTimeInterval(3_600), durationMinutes: 45, location: "Room 1", facilitator: Fixtures.id(1),
                    presenters: [Fixtures.id(2)], noteTaker: Fixtures.id(2), attendees: [Fixtures.id(1), Fixtures.id(2)],
                    status: .planned, agenda: [agenda],
                    recurrence: Recurrence(frequency: .fortnightly, until: now.addingTimeInterval(86_400 * 90), skipped: [now.addingTimeInterval(86_400 * 14)]),
                    communityID: Fixtures.id(60), seriesID: Fixtures.id(32), ratings: [4, 5], updatedAt: now),
            NoteEntry(id: Fixtures.id(40), sessionID: session, kind: .decision, text: "Adopt it", author: Fixtures.id(1),
                      agendaItemID: agenda.id, createdAt: now, updatedAt: now.addingTimeInterval(5)),
            ActionItem(id: Fixtures.id(50), title: "Quarantine flaky tests", owner: Fixtures.id(2), due: Day(year: 2026, month: 2, day: 28),
                       status: .done, sessionID: session, tag: "#ci", createdAt: now, completedAt: now.addingTimeInterval(60), updatedAt: now.addingTimeInterval(60)),
            ActionItem(id: Fixtures.id(51), title: "Write it up", createdAt: now),
            Learning(id: Fixtures.id(70), kind: .lesson, text: "Small steps", context: "Migration", sessionID: session, author: Fixtures.id(2),
                     kudosTo: [Fixtures.id(1)], createdAt: now),
            Topic(id: Fixtures.id(71), title: "eBPF", details: "Tracing", proposedBy: Fixtures.id(1), votes: [Fixtures.id(2)],
                  skillIDs: [Fixtures.id(10)], suggestedPresenters: [Fixtures.id(1)], status: .scheduled, sessionID: session, createdAt: now),
            Community(id: Fixtures.id(60), name: "Infra CoP", domain: "Infrastructure", members: [Fixtures.id(1)], stage: .building,
                      objectives: [Objective(id: Fixtures.id(61), text: "Runbooks", status: .atRisk)], createdAt: now),
            Solution(id: Fixtures.id(72), need: "Faster CI", solution: "Cache layers", approximateTime: "2 days", risks: "Stale cache",
                     experts: [Fixtures.id(1)], skillIDs: [Fixtures.id(10)], updatedAt: now),
            AgendaProposal(id: Fixtures.id(90), title: "Flaky tests", minutes: 15, sessionID: session, slot: now.addingTimeInterval(3_600),
                           proposedBy: Fixtures.id(1), createdAt: now, updatedAt: now.addingTimeInterval(1)),
            ProposalDot(proposalID: Fixtures.id(90), voter: Fixtures.id(2), at: now.addingTimeInterval(0.25)),
            ContinueVote(sessionID: session, itemID: agenda.id, timeboxSeconds: 1_860, voter: Fixtures.id(1), keepGoing: false, at: now),
            PairingRound(id: Fixtures.id(80), drawnAt: now, seed: 42, groups: [group],
                         feedback: [PairingFeedback(id: Fixtures.id(82), groupID: group.id, author: Fixtures.id(2), text: "Useful", shared: true, createdAt: now)]),
        ]
    }

    /// A store holding `richRecords()`, loaded once so the cache is written (`settled`: as if ten seconds later).
    func makeCachedStore(settled: Bool = true) throws -> ScratchFolder {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        _ = try store.saveAll(richRecords())
        _ = load(settled ? try open(folder) : try plainOpen(folder))
        return folder
    }

    func testTheCodecCoversEveryRecordType() {
        XCTAssertEqual(CachedRecordCodec.currentKinds, Set(RecordKind.allCases),
                       "a model type changed: update CachedRecordCodec (fields, encode, decode) so its kind is cached again")
    }

    func testACacheHitReturnsExactlyWhatAFullReadReturns() throws {
        let folder = try makeCachedStore()
        for kind in RecordKind.allCases where kind != .note {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path(".guild/cache/\(kind.folder).cache")), kind.folder)
        }
        let (hit, reads) = load(try open(folder))
        XCTAssertEqual(reads, 0, "every file should come from the cache")
        let full = try fullRead(folder)
        XCTAssertEqual(hit.data, full.data)
        XCTAssertEqual(hit.problems, full.problems)
        XCTAssertEqual(hit.data.count(of: .action), 2)
        for record in richRecords() where type(of: record).kind != .note {
            XCTAssertEqual(hit.data.record(kind: type(of: record).kind, id: record.id).map { "\($0)" }, "\(record)")
        }
        // Notes are read per session, never from the cache; they still load with the rest.
        let withNotes = load(try open(folder), includeNotes: true)
        XCTAssertEqual(withNotes.reads, 1)
        XCTAssertEqual(withNotes.result.data, try fullRead(folder, includeNotes: true).data)
    }

    /// A folder of a few records gets no cache file (it loads in moments), unless those few are large: the 10k
    /// sample's 22 held meetings (15 KB of JSON each) cost more to decode at every open than its 10,000 action items.
    func testAFewLargeRecordsAreCachedAFewSmallOnesAreNot() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        _ = try store.saveAll([Fixtures.person(1), Fixtures.person(2), Fixtures.person(3)])
        let people = folder.path(".guild/cache/people.cache")
        let small = try GuildStore.open(at: folder.url)
        small.state.withLock { small.cacheClockOffset = settled }
        _ = load(small)
        XCTAssertFalse(FileManager.default.fileExists(atPath: people), "three small records: no cache file")
        let bytes = try (1...3).reduce(Int64(0)) { total, n in
            let path = folder.path("people/" + StoreLayout.fileName(for: Fixtures.id(n)))
            return total + ((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0)
        }
        let large = try GuildStore.open(at: folder.url)
        // The same three records, as if they were large: at the byte threshold the folder is cached.
        large.state.withLock {
            large.cacheClockOffset = settled
            large.cacheMinimumBytes = bytes
        }
        _ = load(large)
        XCTAssertTrue(FileManager.default.fileExists(atPath: people), "records of \(bytes) bytes in all reach the threshold")
        let reopened = try GuildStore.open(at: folder.url)
        reopened.state.withLock { reopened.cacheClockOffset = settled }
        XCTAssertEqual(load(reopened).reads, 0, "the next open takes them from the cache")
    }

    func testFreshFilesAreCheckedOneByOneUntilTheirStampsSettle() throws {
        let folder = try makeCachedStore(settled: false)
        // Nothing written a moment ago is trusted (a change within the same clock tick could keep its stamp):
        // every file is read again, correctly, until the stamps are old enough.
        for _ in 0..<2 {
            let (result, reads) = load(try plainOpen(folder))
            XCTAssertEqual(reads, richRecords().count - 1)
            XCTAssertEqual(result.data, try fullRead(folder).data)
        }
        XCTAssertEqual(load(try open(folder)).reads, richRecords().count - 1, "cached while still unsettled: not trusted")
        XCTAssertEqual(load(try open(folder)).reads, 0)
    }

    func testChangesMadeElsewhereInvalidateOnlyWhatTheyTouched() throws {
        let folder = try makeCachedStore()
        let other = try open(folder)
        XCTAssertEqual(load(other).reads, 0)
        // A save (rename over the old file), a delete, a git-style replace, a rename, a new notes folder, a new kind file.
        let loaded = other.loadAll().data
        try other.save(Person(id: Fixtures.id(1), name: "Zoë Renamed", handle: "zoe", updatedAt: Fixtures.now), base: loaded.people[Fixtures.id(1)])
        try other.delete(base: try XCTUnwrap(loaded.people[Fixtures.id(2)]))
        let skillPath = "skills/\(Fixtures.id(10).uuidString.lowercased()).json"
        var skill = try XCTUnwrap(richRecords().compactMap { $0 as? Skill }.first)
        skill.name = "K8s"
        try folder.write("skills/.git-tmp", try RecordCodec().encode(skill))
        XCTAssertEqual(rename(folder.path("skills/.git-tmp"), folder.path(skillPath)), 0)
        let moved = "actions/\(Fixtures.id(52).uuidString.lowercased()).json"
        XCTAssertEqual(rename(folder.path("actions/\(Fixtures.id(51).uuidString.lowercased()).json"), folder.path(moved)), 0)
        let newSession = Fixtures.id(33)
        try other.save(NoteEntry(id: Fixtures.id(41), sessionID: newSession, kind: .note, text: "New folder", createdAt: Fixtures.now), base: nil)
        try other.save(Topic(id: Fixtures.id(73), title: "New topic", createdAt: Fixtures.now), base: nil)
        other.waitForCacheWork()

        let store = try open(folder)
        let (result, reads) = load(store)
        // Person 1, the skill, the moved action and the new topic; nothing else is read.
        XCTAssertEqual(reads, 4)
        let full = try fullRead(folder)
        XCTAssertEqual(result.data, full.data)
        XCTAssertEqual(result.problems, full.problems)
        XCTAssertEqual(result.data.people[Fixtures.id(1)]?.name, "Zoë Renamed")
        XCTAssertNil(result.data.people[Fixtures.id(2)])
        XCTAssertEqual(result.data.skills[Fixtures.id(10)]?.name, "K8s")
        XCTAssertEqual(result.problems.map(\.path), [moved], "the moved file's name no longer matches its id")
        XCTAssertEqual(result.data.topics.count, 2)
        XCTAssertEqual(store.notes(forSession: newSession).notes.map(\.text), ["New folder"])
        XCTAssertEqual(load(try open(folder), includeNotes: true).result.data.notes.count, 2)
        // The refreshed cache serves the next open without reading the good files again (the bad one is always read).
        XCTAssertEqual(load(try open(folder)).reads, 1)
    }

    func testAnEditInPlaceIsFoundByTheCheckAfterOpening() throws {
        let folder = try makeCachedStore()
        // Same inode, same folder stamp: only the file's own size and times tell.
        try editPersonTwoInPlace(folder)

        let store = try open(folder)
        let first = store.loadAll(includeNotes: false)
        store.waitForCacheWork()
        XCTAssertTrue(store.changedSinceLastLoad(), "the background check should report the edited file")
        let reloaded = store.reload()
        XCTAssertEqual(reloaded.data.people[Fixtures.id(2)]?.name, "Edited in place by hand")
        XCTAssertEqual(reloaded.data, try fullRead(folder).data)
        _ = first
        // The cache left that file out, so the next open reads it (and only it).
        let next = load(try open(folder))
        XCTAssertEqual(next.reads, 1)
        XCTAssertEqual(next.result.data.people[Fixtures.id(2)]?.name, "Edited in place by hand")
    }

    /// A command loads with `verifyCache`: the edit in place is in what `loadAll` returns, only that file is read, and
    /// nothing is left to a background check (which a command, exiting at once, would never see the end of).
    func testACommandsLoadChecksTheCacheBeforeReturning() throws {
        let folder = try makeCachedStore()
        try editPersonTwoInPlace(folder)

        let store = try open(folder)
        let result = store.loadAll(includeNotes: false, verifyCache: true)
        XCTAssertEqual(store.state.withLock { store.lastLoadReads }, 1, "only the edited file is read")
        XCTAssertEqual(store.state.withLock { store.unverifiedFolders.count }, 0, "nothing left for the background check")
        XCTAssertEqual(result.data.people[Fixtures.id(2)]?.name, "Edited in place by hand")
        store.waitForCacheWork()
        XCTAssertFalse(store.changedSinceLastLoad())
        XCTAssertEqual(result.data, try fullRead(folder).data)
        // An unchanged store: every record from the cache, none read.
        let again = try open(folder)
        _ = again.loadAll(includeNotes: false, verifyCache: true)
        XCTAssertEqual(again.state.withLock { again.lastLoadReads }, 0)
    }

    func testDamagedOrForeignCacheFilesAreIgnoredAndRebuilt() throws {
        let folder = try makeCachedStore()
        let cachePath = ".guild/cache/people.cache"
        let good = folder.bytes(cachePath)
        XCTAssertGreaterThan(good.count, 100)
        var foreign = good
        foreign[8] ^= 0xFF
        let count = foreign.count
        let sum = foreign.withUnsafeBytes { SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: $0[..<(count - 8)])) }
        withUnsafeBytes(of: sum.littleEndian) { foreign.replaceSubrange((count - 8)..., with: $0) }
        var flipped = good
        flipped[good.count / 2] ^= 0x01
        let variants: [(String, Data)] = [
            ("truncated", good.prefix(good.count / 2)), ("one bit flipped", flipped), ("another format version", foreign),
            ("empty", Data()), ("not a cache", Data("{\"people\": []}\n".utf8)),
        ]
        let expected = try fullRead(folder)
        for (name, bytes) in variants {
            try folder.write(cachePath, bytes)
            let (result, reads) = load(try open(folder))
            XCTAssertEqual(reads, 2, "\(name): both people read from their files")
            XCTAssertEqual(result.data, expected.data, name)
            XCTAssertEqual(result.problems, [], name)
            XCTAssertEqual(load(try open(folder)).reads, 0, "\(name): the cache file was rebuilt")
        }
        // Deleting the whole cache is always safe.
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent(".guild/cache"))
        let rebuilt = load(try open(folder))
        XCTAssertEqual(rebuilt.result.data, expected.data)
        XCTAssertEqual(load(try open(folder)).reads, 0)
    }

    func testBadFilesAreReportedWithTheCacheAndNeverCached() throws {
        let folder = try makeCachedStore()
        let bad = "people/\(Fixtures.id(3).uuidString.lowercased()).json"
        try folder.write(bad, "{ \"name\": ")
        let duplicate = "people/\(Fixtures.id(4).uuidString.lowercased()).json"
        try folder.write(duplicate, try RecordCodec().encode(Fixtures.person(2)))
        try folder.write("people/notes.txt.json", "odd name")
        _ = load(try open(folder))
        let expected = try fullRead(folder)
        XCTAssertEqual(expected.problems.count, 3, "\(expected.problems)")
        for _ in 0..<2 {
            let (result, reads) = load(try open(folder))
            XCTAssertEqual(result.problems, expected.problems)
            XCTAssertEqual(result.data, expected.data)
            XCTAssertEqual(reads, 2, "the bad file and the misplaced one are read every time")
            XCTAssertEqual(folder.bytes(bad), Data("{ \"name\": ".utf8))
        }
    }

    func testSavesCheckTheFilesNeverTheCache() throws {
        let folder = try makeCachedStore()
        let path = "people/\(Fixtures.id(2).uuidString.lowercased()).json"
        // Changed in place before opening: the trusted snapshot still holds the old record until the check runs.
        let theirs = Fixtures.person(2, name: "Their change, in place")
        let bytes = try RecordCodec().encode(theirs)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.path(path)))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: bytes)
        try handle.close()

        let store = try open(folder)
        let result = store.loadAll(includeNotes: false)
        XCTAssertEqual(result.data.people[Fixtures.id(2)]?.name, "Person 2", "served from the trusted snapshot")
        // Saving our own edit of the cached version must not overwrite their file: the save re-reads it under the lock.
        XCTAssertThrowsError(try store.save(Fixtures.person(2, name: "Our change"), base: result.data.people[Fixtures.id(2)])) { error in
            guard case StoreError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertEqual((conflict.theirs as? Person)?.name, "Their change, in place")
            XCTAssertEqual((conflict.base as? Person)?.name, "Person 2")
        }
        XCTAssertEqual(folder.bytes(path), bytes)
        store.waitForCacheWork()

        // A change by another process after opening is caught the same way.
        let other = try GuildStore.open(at: folder.url)
        let person1 = try XCTUnwrap(other.loadAll().data.people[Fixtures.id(1)])
        var renamed = person1
        renamed.name = "Other process"
        try other.save(renamed, base: person1)
        let fresh = try open(folder)
        XCTAssertEqual(fresh.loadAll(includeNotes: false).data.people[Fixtures.id(1)]?.name, "Other process")
        fresh.waitForCacheWork()
        var again = renamed
        again.name = "Other process again"
        try other.save(again, base: renamed)
        var stale = renamed
        stale.name = "Stale edit"
        XCTAssertThrowsError(try fresh.save(stale, base: renamed))
        XCTAssertEqual(try other.record(Person.self, id: Fixtures.id(1))?.name, "Other process again")
    }

    /// Rewrites person 2's file in place (same inode, truncated and written again), named "Edited in place by hand".
    private func editPersonTwoInPlace(_ folder: ScratchFolder) throws {
        let path = "people/\(Fixtures.id(2).uuidString.lowercased()).json"
        let edited = try RecordCodec().encode(Fixtures.person(2, name: "Edited in place by hand"))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.path(path)))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: edited)
        try handle.close()
    }
}
