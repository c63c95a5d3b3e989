import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// `saveAll`: the same files as one `save` each, every folder synced once, lost-update checks kept for known files.
final class BulkSaveTests: XCTestCase {
    private static let shape = ScaledTeamShape(people: 25, skills: 15, teams: 3, sessions: 40, recurringSeries: 2, notes: 300,
                                               actions: 120, learnings: 6, topics: 4, communities: 2, solutions: 3)

    private func generated() -> GuildData {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return ScaledTeam.make(shape: Self.shape, now: Date(timeIntervalSince1970: 1_795_000_000), calendar: calendar, seed: 3)
    }

    private func records(of data: GuildData) -> [any Record] {
        var records: [any Record] = []
        for kind in RecordKind.allCases {
            switch kind {
            case .person: records += Array(data.people.values)
            case .skill: records += Array(data.skills.values)
            case .ratingSheet: records += Array(data.ratingSheets.values)
            case .session: records += Array(data.sessions.values)
            case .note: records += Array(data.notes.values)
            case .action: records += Array(data.actions.values)
            case .learning: records += Array(data.learnings.values)
            case .topic: records += Array(data.topics.values)
            case .community: records += Array(data.communities.values)
            case .solution: records += Array(data.solutions.values)
            case .pairingRound: records += Array(data.pairingRounds.values)
            case .meeting: records += Array(data.meetings.values)
            case .vote: records += Array(data.votes.values)
            case .agendaProposal, .proposalDot, .continueVote: records += kind.descriptor.recordsInIDOrder(in: data)
            default: XCTFail("\(kind): a kind this test does not know (RecordKind is open now)")
            }
        }
        return records
    }

    func testSaveAllWritesWhatLoadReadsBackInTheSaveFormat() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Bulk")
        let data = generated()
        let all = records(of: data)
        var reports: [Int] = []
        let outcomes = try store.saveAll(all) { done, total in
            XCTAssertEqual(total, all.count)
            reports.append(done)
        }
        XCTAssertEqual(outcomes, Array(repeating: .written, count: all.count))
        XCTAssertEqual(reports.last, all.count)
        XCTAssertEqual(reports, reports.sorted())

        let reopened = try GuildStore.open(at: folder.url).loadAll(includeNotes: true)
        XCTAssertEqual(reopened.problems, [])
        let loaded = reopened.data
        for kind in RecordKind.allCases {
            XCTAssertEqual(loaded.count(of: kind), data.count(of: kind), "\(kind)")
        }
        XCTAssertTrue(loaded.people == data.people && loaded.sessions == data.sessions && loaded.notes == data.notes
                      && loaded.actions == data.actions && loaded.ratingSheets == data.ratingSheets, "records survive the round trip")
        XCTAssertTrue(loaded == data, "everything survives the round trip")
        let note = try XCTUnwrap(data.notes.values.first)
        XCTAssertEqual(folder.bytes(StoreLayout.relativePath(kind: .note, groupID: note.sessionID, id: note.id)),
                       try RecordCodec().encode(note))
        // Record writes leave no temporary file behind; the load cache under the private folder is written in the
        // background and may be mid-write while this lists the folder, so it is not part of this check.
        let leftovers = FileManager.default.enumerator(atPath: folder.url.path)?.compactMap { $0 as? String }
            .filter { !$0.hasPrefix(StoreLayout.privateFolderName + "/") }
            .filter { DurableFile.isTemporaryName(($0 as NSString).lastPathComponent) } ?? []
        XCTAssertEqual(leftovers, [])
        // The store that wrote them knows them: saving one again unchanged writes nothing.
        XCTAssertEqual(try store.save(note, base: nil), .unchanged)
    }

    func testAnExistingFileWithOtherValuesIsAConflictNotOverwritten() throws {
        let folder = ScratchFolder(self)
        let mine = try GuildStore.create(at: folder.url, name: "Bulk")
        let person = Person(id: Fixtures.id(1), name: "Zoë Ångström", handle: "zoe", updatedAt: Date(timeIntervalSince1970: 1_000))
        try mine.save(person, base: nil)
        let theirs = try GuildStore.open(at: folder.url)
        _ = theirs.loadAll()
        var changed = person
        changed.team = "Platform"
        try theirs.save(changed, base: person)

        var edited = person
        edited.team = "Payments"
        let newcomer = Person(id: Fixtures.id(2), name: "李雷", handle: "lilei", updatedAt: Date(timeIntervalSince1970: 1_000))
        XCTAssertThrowsError(try mine.saveAll([newcomer, edited])) { error in
            guard case StoreError.conflict = error else { return XCTFail("expected a conflict, got \(error)") }
        }
        // The new file was written and synced; the conflicting one was left as the other process saved it.
        let loaded = try GuildStore.open(at: folder.url).loadAll().data
        XCTAssertEqual(loaded.people[newcomer.id], newcomer)
        XCTAssertEqual(loaded.people[person.id]?.team, "Platform")
    }

    func testAnInvalidRecordIsRefused() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Bulk")
        let blank = Person(id: Fixtures.id(3), name: "  ", handle: "blank", updatedAt: Date(timeIntervalSince1970: 1_000))
        XCTAssertThrowsError(try store.saveAll([blank])) { error in
            guard case StoreError.invalid = error else { return XCTFail("expected invalid, got \(error)") }
        }
        XCTAssertTrue(try GuildStore.open(at: folder.url).loadAll().data.people.isEmpty)
    }
}
