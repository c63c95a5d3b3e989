import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// Layout, file format, round trips and byte-identical re-saves.
final class StoreFormatTests: XCTestCase {
    func testLocationPrefersExplicitThenEnvironmentThenXDGThenHome() {
        XCTAssertEqual(StoreLocation.resolve(explicit: "/tmp/a", environment: ["GUILD_STORE": "/tmp/b"]).path, "/tmp/a")
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: ["GUILD_STORE": "/tmp/b", "XDG_DATA_HOME": "/x"]).path, "/tmp/b")
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).path, "/x/guild")
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]).path, "/h/.local/share/guild")
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: ["HOME": "/h"]).path, "/h/.local/share/guild")
        XCTAssertEqual(StoreLocation.resolve(explicit: "~/team", environment: ["HOME": "/h"]).path, "/h/team")
    }

    func testDatesAreUTCWithMillisecondsOnlyWhenNonZero() throws {
        XCTAssertEqual(StoreDateFormat.string(from: Fixtures.now), "2026-03-01T09:30:00Z")
        XCTAssertEqual(StoreDateFormat.string(from: Fixtures.now.addingTimeInterval(0.25)), "2026-03-01T09:30:00.250Z")
        XCTAssertEqual(StoreDateFormat.date(from: "2026-03-01T09:30:00Z"), Fixtures.now)
        XCTAssertEqual(StoreDateFormat.date(from: "2026-03-01T09:30:00.250Z"), Fixtures.now.addingTimeInterval(0.25))
        XCTAssertEqual(StoreDateFormat.date(from: "2026-03-01T10:30:00+01:00"), Fixtures.now)
        XCTAssertNil(StoreDateFormat.date(from: "2026-02-30T10:30:00Z"))
        XCTAssertNil(StoreDateFormat.date(from: "2026-03-01 09:30:00"))
        let odd = Date(timeIntervalSince1970: 1_772_357_400.123)
        let once = try XCTUnwrap(StoreDateFormat.date(from: StoreDateFormat.string(from: odd)))
        XCTAssertEqual(StoreDateFormat.string(from: once), "2026-03-01T09:30:00.123Z")
        XCTAssertEqual(StoreDateFormat.date(from: StoreDateFormat.string(from: once)), once)
    }

    func testRecordFileIsSortedPrettyJSONWithSchemaAndTrailingNewline() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team", now: Fixtures.now)
        let skill = Skill(id: Fixtures.id(1), name: "CI/CD", category: "Delivery", updatedAt: Fixtures.now)
        XCTAssertEqual(try store.save(skill, base: nil), .written)
        let text = String(decoding: folder.bytes("skills/00000000-0000-4000-8000-000000000001.json"), as: UTF8.self)
        XCTAssertEqual(text, """
        {
          "category" : "Delivery",
          "id" : "00000000-0000-4000-8000-000000000001",
          "name" : "CI/CD",
          "schema" : 1,
          "updatedAt" : "2026-03-01T09:30:00Z"
        }

        """)
    }

    func testCreateWritesManifestFoldersAndGitignore() throws {
        let folder = ScratchFolder(self)
        let root = folder.url.appendingPathComponent("store")
        let store = try GuildStore.create(at: root, name: "Platform", now: Fixtures.now)
        XCTAssertEqual(store.storeManifest, StoreManifest(schema: Schema.current, name: "Platform", createdAt: Fixtures.now))
        XCTAssertEqual(String(decoding: folder.bytes("store/guild.json"), as: UTF8.self),
                       "{\n  \"createdAt\" : \"2026-03-01T09:30:00Z\",\n  \"name\" : \"Platform\",\n  \"schema\" : 1\n}\n")
        XCTAssertEqual(String(decoding: folder.bytes("store/.gitignore"), as: UTF8.self), StoreLayout.gitignoreContents)
        XCTAssertTrue(String(decoding: folder.bytes("store/.gitignore"), as: UTF8.self).contains(".guild/"))
        for kind in RecordKind.allCases {
            var isFolder: ObjCBool = false
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path("store/\(kind.folder)"), isDirectory: &isFolder) && isFolder.boolValue, kind.folder)
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path("store/.guild/lock")))
        XCTAssertFalse(store.isReadOnly)
    }

    func testCreateRefusesNonEmptyFolderAndExistingStore() throws {
        let folder = ScratchFolder(self)
        try folder.write("thesis.tex", "precious")
        XCTAssertThrowsError(try GuildStore.create(at: folder.url, name: "x")) { error in
            guard case StoreError.folderNotEmpty = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(folder.bytes("thesis.tex"), Data("precious".utf8))
        let other = folder.url.appendingPathComponent("s")
        _ = try GuildStore.create(at: other, name: "x")
        XCTAssertThrowsError(try GuildStore.create(at: other, name: "y")) { error in
            guard case StoreError.alreadyAStore = error else { return XCTFail("\(error)") }
        }
    }

    func testOpeningAMissingStoreSaysHowToMakeOne() {
        let folder = ScratchFolder(self)
        let missing = folder.url.appendingPathComponent("nope")
        XCTAssertThrowsError(try GuildStore.open(at: missing)) { error in
            XCTAssertEqual("\(error)", "no Guild store at \(missing.path) — run `guild init` or `guild demo`")
        }
        XCTAssertThrowsError(try GuildStore.open(at: folder.url)) { error in
            guard case StoreError.noStore = error else { return XCTFail("\(error)") }
        }
    }

    func testAStoreReachedThroughASymbolicLinkOpens() throws {
        let folder = ScratchFolder(self)
        _ = try GuildStore.create(at: folder.url.appendingPathComponent("real"), name: "Team")
        XCTAssertEqual(symlink(folder.path("real"), folder.path("link")), 0)
        let store = try GuildStore.open(at: folder.url.appendingPathComponent("link"))
        try store.save(Fixtures.person(1), base: nil)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path("real/\(Fixtures.path(Fixtures.person(1)))")))
        XCTAssertEqual(store.loadAll().data.people.count, 1)
    }

    func testEveryKindRoundTripsThroughFiles() throws {
        let folder = ScratchFolder(self)
        let sample = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar())
        var all: [any Record] = []
        for kind in RecordKind.allCases {
            let before = all.count
            switch kind {
            case .person: all += sample.people.values.map { $0 as any Record }
            case .skill: all += sample.skills.values.map { $0 as any Record }
            case .ratingSheet: all += sample.ratingSheets.values.map { $0 as any Record }
            case .session: all += sample.sessions.values.map { $0 as any Record }
            case .note: all += sample.notes.values.map { $0 as any Record }
            case .action: all += sample.actions.values.map { $0 as any Record }
            case .learning: all += sample.learnings.values.map { $0 as any Record }
            case .topic: all += sample.topics.values.map { $0 as any Record }
            case .community: all += sample.communities.values.map { $0 as any Record }
            case .solution: all += sample.solutions.values.map { $0 as any Record }
            case .pairingRound: all += sample.pairingRounds.values.map { $0 as any Record }
            case .meeting: all += sample.meetings.values.map { $0 as any Record }
            case .vote: all += sample.votes.values.map { $0 as any Record }
            case .agendaProposal, .proposalDot, .continueVote: all += kind.descriptor.recordsInIDOrder(in: sample)
            default: XCTFail("\(kind): a kind this test does not know (RecordKind is open now)")
            }
            XCTAssertGreaterThan(all.count, before, "the sample team has no \(kind.folder)")
        }
        let store = try GuildStore.create(at: folder.url, name: "Sample", now: Fixtures.now)
        let outcomes = try store.saveAll(all)
        XCTAssertEqual(outcomes, Array(repeating: .written, count: all.count))

        let reopened = try GuildStore.open(at: folder.url)
        let result = reopened.loadAll()
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.data, sample)
        XCTAssertFalse(result.isReadOnly)

        // Notes live under their session and can be read lazily.
        let note = try XCTUnwrap(sample.notes.values.first)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path(Fixtures.path(note))))
        XCTAssertTrue(Fixtures.path(note).hasPrefix("notes/\(note.sessionID.uuidString.lowercased())/"))
        let lazy = try GuildStore.open(at: folder.url)
        let withoutNotes = lazy.loadAll(includeNotes: false)
        XCTAssertEqual(withoutNotes.data.notes, [:])
        XCTAssertEqual(withoutNotes.data.people, sample.people)
        let (notes, problems) = lazy.notes(forSession: note.sessionID)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(notes, sample.notes(ofSession: note.sessionID))
    }

    func testSavingUnchangedDataRewritesNothing() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        let person = Fixtures.person(1)
        XCTAssertEqual(try store.save(person, base: nil), .written)
        let path = Fixtures.path(person)
        let bytes = folder.bytes(path)
        let modified = folder.modified(path)
        var info = stat()
        lstat(folder.path(path), &info)
        let inode = info.st_ino
        usleep(20_000)

        XCTAssertEqual(try store.save(person, base: person), .unchanged)
        let reopened = try GuildStore.open(at: folder.url)
        _ = reopened.loadAll()
        XCTAssertEqual(try reopened.save(person, base: person), .unchanged)
        XCTAssertEqual(folder.bytes(path), bytes)
        XCTAssertEqual(folder.modified(path), modified)
        lstat(folder.path(path), &info)
        XCTAssertEqual(info.st_ino, inode)
    }

    /// Sessions gained a time zone, an all-day flag, an original start, a source UID and fuller repeats: files written
    /// before still load as they were, and the new fields survive files and the load cache.
    func testSessionFilesFromBeforeCalendarFieldsLoadAndTheNewFieldsRoundTrip() throws {
        let folder = ScratchFolder(self)
        _ = try GuildStore.create(at: folder.url, name: "Team", now: Fixtures.now)
        try folder.write("sessions/00000000-0000-4000-8000-000000000035.json", """
        {
          "agenda" : [],
          "attendees" : [],
          "desiredOutcome" : "",
          "durationMinutes" : 60,
          "format" : "weekly-meeting",
          "id" : "00000000-0000-4000-8000-000000000035",
          "location" : "Room Ada",
          "presenters" : [],
          "recurrence" : {
            "frequency" : "fortnightly",
            "skipped" : [
              "2026-03-17T15:00:00Z"
            ],
            "until" : "2026-12-31T22:59:00Z"
          },
          "schema" : 1,
          "start" : "2026-03-03T15:00:00Z",
          "status" : "planned",
          "title" : "Weekly",
          "updatedAt" : "2026-03-01T09:30:00Z"
        }

        """)
        let store = try GuildStore.open(at: folder.url)
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.problems, [])
        let old = try XCTUnwrap(loaded.data.sessions[Fixtures.id(0x35)])
        XCTAssertEqual(old.recurrence, Recurrence(frequency: .fortnightly, until: StoreDateFormat.date(from: "2026-12-31T22:59:00Z"),
                                                  skipped: [StoreDateFormat.date(from: "2026-03-17T15:00:00Z")!]))
        XCTAssertNil(old.timeZone)
        XCTAssertNil(old.allDay)
        XCTAssertNil(old.originalStart)
        XCTAssertNil(old.calendarUID)

        let rule = Recurrence(frequency: .monthly, interval: 2, until: Fixtures.now.addingTimeInterval(86_400 * 300), weekdays: [.init(.wednesday, ordinal: 1), .init(.friday, ordinal: -1)],
                              monthDays: [1, -1], months: [1, 3], setPositions: [-1], weekStart: .sunday)
        let imported = Session(id: Fixtures.id(0x36), title: "Imported", format: .other, start: Fixtures.now, durationMinutes: 2 * 24 * 60, recurrence: rule,
                               timeZone: "Europe/Berlin", allDay: true, originalStart: Fixtures.now.addingTimeInterval(-3600),
                               calendarUID: "0qv8i3k2l5ml9o1bqs6f0g7t4c@google.com", updatedAt: Fixtures.now)
        XCTAssertEqual(try store.save(imported, base: nil), .written)
        let text = String(decoding: folder.bytes("sessions/00000000-0000-4000-8000-000000000036.json"), as: UTF8.self)
        XCTAssertTrue(text.contains("\"weekdays\" : [\n      \"1WE\",\n      \"-1FR\"\n    ]"), text)
        XCTAssertTrue(text.contains("\"timeZone\" : \"Europe/Berlin\""), text)
        for _ in 0..<2 {
            // The second open reads the load cache.
            let again = try GuildStore.open(at: folder.url).loadAll()
            XCTAssertEqual(again.problems, [])
            XCTAssertEqual(again.data.sessions[Fixtures.id(0x36)], imported)
            XCTAssertEqual(again.data.sessions[Fixtures.id(0x35)], old)
        }
    }
}
