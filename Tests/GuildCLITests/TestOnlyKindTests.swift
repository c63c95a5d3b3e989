import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildStore
@testable import GuildUI
import XCTest

/// A record kind that exists only in this test target: everything the program needs to know about it is the one
/// descriptor value below. Registering it is the whole of "adding a kind" (README › Architecture › Adding a record
/// kind); nothing in Sources/ names it.
struct Gadget: Record, Hashable {
    static let kind = RecordKind(folder: "gadgets")

    var id: UUID
    var name: String
    var size: Int
    var owner: UUID?
    var updatedAt: Date

    func validate() throws(ValidationError) {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(field: "name", "name must not be empty") }
        // A rule across two fields, so a merge of two valid sides can break it.
        if name == "tiny", size > 10 { throw ValidationError(field: "size", "a tiny gadget is at most 10") }
    }

    static let descriptor = RecordDescriptor(
        Gadget.self, noun: "gadget",
        title: { gadget, _ in gadget.name },
        cache: RecordCacheCoding(
            Gadget.self, fields: ["Gadget": "id,name,size,owner,updatedAt"],
            samples: { [Gadget(id: RecordCacheCoding.sampleID, name: "", size: 0, owner: nil, updatedAt: RecordCacheCoding.sampleDate)] },
            encode: { gadget, w in
                w.uuid(gadget.id); w.string(gadget.name); w.int(gadget.size)
                w.optional(gadget.owner) { $0.uuid($1) }
                w.date(gadget.updatedAt)
            },
            decode: { (r: inout ByteReader) throws(CacheFormatError) in
                Gadget(id: try r.uuid(), name: try r.string(), size: try r.int(), owner: try r.optionalUUID(), updatedAt: try r.date())
            }
        ),
        form: RecordForm(
            Gadget.self, paletteOrder: 100, deleteDetail: "Gadgets do not come back.",
            fields: { gadget, data, _, _ in
                [
                    FieldSpec("name", "Name", .text, text: gadget?.name ?? "", required: true),
                    FieldSpec("size", "Size", .number, text: String(gadget?.size ?? 1), required: true),
                    FieldSpec("owner", "Owner", .person, text: PeopleText.one(gadget?.owner, data: data)),
                ]
            },
            build: { (input, base, _) throws(FieldError) in
                var gadget = base ?? Gadget(id: input.newID(), name: "", size: 1, owner: nil, updatedAt: input.now)
                gadget.name = try input.text("name")
                gadget.size = try input.number("size", in: 1...100)
                gadget.owner = try input.person("owner")
                gadget.updatedAt = input.now
                return gadget
            },
            rows: { data, _ in
                data.records(Gadget.self).map { RecordRow(id: $0.id, title: $0.name, detail: "size \($0.size)") }
            }
        )
    )
}

/// The test-only kind goes through every layer without a line of Sources/ naming it: the store's save and load, the
/// load cache's write and read, the field-level merge of a save against a changed file, the git merge driver, and the
/// dashboard's generic form (opened from the palette, rendered from the declared fields, checked, saved, edited).
final class TestOnlyKindTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_795_000_000)

    private func gadget(_ n: UInt8, name: String = "Sprocket", size: Int = 3) -> Gadget {
        Gadget(id: UUID(uuid: (n, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, n)), name: name, size: size, owner: nil, updatedAt: now)
    }

    /// Opens the store so that it caches even a small folder and treats every file written so far as settled.
    private func openCaching(_ root: URL) throws -> GuildStore {
        let store = try GuildStore.open(at: root)
        store.state.withLock {
            store.cacheMinimumEntries = 0
            store.cacheClockOffset = 10_000_000_000
        }
        return store
    }

    func testItIsAKindOnlyWhileRegistered() {
        XCTAssertNil(RecordKind(rawValue: "gadgets"))
        RecordRegistry.withRegistered(Gadget.descriptor) {
            XCTAssertEqual(RecordKind(rawValue: "gadgets"), Gadget.kind)
            XCTAssertEqual(RecordKind.allCases.last, Gadget.kind)
            XCTAssertTrue(CachedRecordCodec.currentKinds.contains(Gadget.kind), "its cache coding writes every field")
            var data = GuildData()
            data.upsert(gadget(1))
            XCTAssertEqual(data.count(of: Gadget.kind), 1)
            XCTAssertEqual(data.record(kind: Gadget.kind, id: gadget(1).id) as? Gadget, gadget(1))
            XCTAssertNotEqual(data, GuildData())
            XCTAssertEqual(Gadget.kind.descriptor.label(of: gadget(1), in: data), "gadget “Sprocket”")
        }
        XCTAssertNil(RecordKind(rawValue: "gadgets"))
        XCTAssertFalse(RecordKind.allCases.contains(Gadget.kind))
    }

    func testItRoundTripsThroughTheStoreAndTheLoadCache() throws {
        try RecordRegistry.withRegistered(Gadget.descriptor) {
            let root = try temporaryFolder(self, "gadgets").appendingPathComponent("store")
            let store = try GuildStore.create(at: root, name: "Gadgets", now: now)
            let gadgets = (1...3).map { gadget($0, name: "Gadget \($0)", size: Int($0)) }
            for gadget in gadgets { XCTAssertEqual(try store.save(gadget, base: nil), .written) }
            XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("gadgets/\(gadgets[0].id.uuidString.lowercased()).json").path))

            // First load reads the files and writes the kind's cache file.
            let first = try openCaching(root)
            let read = first.loadAll()
            first.waitForCacheWork()
            XCTAssertEqual(read.problems, [])
            XCTAssertEqual(read.records(Gadget.self).sorted { $0.id.orderKey < $1.id.orderKey }, gadgets)
            XCTAssertEqual(gadgets.map { read.data.record(kind: Gadget.kind, id: $0.id) as? Gadget }, gadgets)
            XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent(".guild/cache/gadgets.cache").path),
                          "the load cache wrote the kind's file")

            // A second handle takes every gadget from the cache, reading no file, and gets the same records.
            let second = try openCaching(root)
            let cached = second.loadAll()
            XCTAssertEqual(second.state.withLock { second.lastLoadReads }, 0, "every record came from the cache")
            XCTAssertEqual(cached.data, read.data)
            second.waitForCacheWork()
        }
    }

    func testASaveAgainstAChangedFileMergesByField() throws {
        try RecordRegistry.withRegistered(Gadget.descriptor) {
            let root = try temporaryFolder(self, "gadget-merge").appendingPathComponent("store")
            let first = try GuildStore.create(at: root, name: "Gadgets", now: now)
            let base = gadget(1)
            try first.save(base, base: nil)
            let second = try GuildStore.open(at: root)
            var renamed = base
            renamed.name = "Cog"
            var resized = base
            resized.size = 7
            resized.updatedAt = now.addingTimeInterval(5)
            XCTAssertEqual(try first.save(renamed, base: base), .written)
            XCTAssertEqual(try second.save(resized, base: base), .merged, "the second writer's stale name is not written back")
            let onDisk = try GuildStore.open(at: root).loadAll().data.record(kind: Gadget.kind, id: base.id) as? Gadget
            XCTAssertEqual(onDisk?.name, "Cog")
            XCTAssertEqual(onDisk?.size, 7)

            var sameField = base
            sameField.size = 9
            XCTAssertThrowsError(try first.save(sameField, base: renamed)) { error in
                guard case StoreError.conflict(let conflict) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(conflict.fields.map(\.name), ["size"])
            }
        }
    }

    func testTheGitMergeDriverMergesItByFieldAndChecksItsRules() throws {
        let codec = RecordCodec()
        let base = gadget(1)
        var named = base
        named.name = "tiny"
        var grown = base
        grown.size = 50
        let path = "gadgets/\(base.id.uuidString.lowercased()).json"
        try RecordRegistry.withRegistered(Gadget.descriptor) {
            var renamed = base
            renamed.name = "Cog"
            let clean = MergeDriver.merge(base: try codec.encode(base), ours: try codec.encode(renamed), theirs: try codec.encode(grown),
                                          pathname: path)
            XCTAssertEqual(clean.result, .merged)
            guard case .success(let merged) = codec.decode(Gadget.self, from: clean.bytes, path: path) else { return XCTFail("not a gadget") }
            XCTAssertEqual([merged.name, String(merged.size)], ["Cog", "50"])

            // Each side is a valid gadget; together they break its rule, which only its registered type knows.
            let broken = MergeDriver.merge(base: try codec.encode(base), ours: try codec.encode(named), theirs: try codec.encode(grown),
                                           pathname: path)
            guard case .conflict = broken.result else { return XCTFail("\(broken.result)") }
        }
        let unknown = MergeDriver.merge(base: try codec.encode(base), ours: try codec.encode(named), theirs: try codec.encode(grown),
                                        pathname: path)
        XCTAssertEqual(unknown.result, .merged, "unregistered, the folder is not a kind and its rules are not known")
    }

    func testTheDashboardEditsItInAFormRenderedFromItsDeclaredFields() throws {
        try RecordRegistry.withRegistered(Gadget.descriptor) {
            let root = try temporaryFolder(self, "gadget-form").appendingPathComponent("store")
            let created = try GuildStore.create(at: root, name: "Gadgets", now: now)
            let ada = Person(name: "Ada Lovelace", handle: "ada", updatedAt: now)
            try created.save(ada, base: nil)
            var dashboard = try DashboardHarness(store: root)

            // The palette offers it like any kind; its form shows the declared fields.
            dashboard.press(":")
            dashboard.type("new gadget")
            dashboard.press("enter")
            XCTAssertEqual(dashboard.form?.title, "New gadget")
            XCTAssertEqual(dashboard.form?.fields.map(\.id), ["name", "size", "owner"])
            XCTAssertEqual(dashboard.form?.fields.map(\.kind), [.text, .number, .person])
            for label in ["New gadget", "Name", "Size", "Owner"] {
                XCTAssertTrue(dashboard.screen.contains(label), "the form shows \(label):\n\(dashboard.screen)")
            }

            // The declared checks: a required field, a number in range; the form stays open and says which field.
            dashboard.press("enter")
            XCTAssertEqual(dashboard.form?.error?.field, "name")
            dashboard.fill("name", with: "Flux capacitor")
            dashboard.fill("size", with: "many")
            dashboard.press("enter")
            XCTAssertEqual(dashboard.form?.error?.field, "size")
            XCTAssertEqual(dashboard.form?.error?.message, "size must be a whole number from 1 to 100")
            dashboard.fill("size", with: "12")
            dashboard.fill("owner", with: "@ada")
            dashboard.press("enter")
            XCTAssertNil(dashboard.form, "saved: \(String(describing: dashboard.form?.error))")

            let saved = try XCTUnwrap(GuildStore.open(at: root).loadAll().records(Gadget.self).first)
            XCTAssertEqual([saved.name, String(saved.size)], ["Flux capacitor", "12"])
            XCTAssertEqual(saved.owner, ada.id)

            // Edited from the palette's picker: the form opens filled from the record, and saves only what changed
            // against it, keeping a teammate's change to another field.
            let teammate = try GuildStore.open(at: root)
            var resized = saved
            resized.size = 40
            XCTAssertEqual(try teammate.save(resized, base: saved), .written)
            dashboard.press(":")
            dashboard.type("edit gadget")
            dashboard.press("enter")
            dashboard.press("enter")
            XCTAssertEqual(dashboard.form?.title, "Edit gadget")
            XCTAssertEqual(dashboard.form?.field("name")?.value, "Flux capacitor")
            XCTAssertEqual(dashboard.form?.field("owner")?.value, "@ada")
            dashboard.fill("name", with: "Flux")
            dashboard.press("enter")
            XCTAssertNil(dashboard.form, "saved: \(String(describing: dashboard.form?.error))")
            let edited = try XCTUnwrap(GuildStore.open(at: root).loadAll().data.record(kind: Gadget.kind, id: saved.id) as? Gadget)
            XCTAssertEqual([edited.name, String(edited.size)], ["Flux", "40"], "the name from the form, the size from the teammate")
        }
    }

    func testUnregisteredThePaletteDoesNotOfferIt() {
        let titles = { Palette.entries(keymap: .standard, themes: [], origin: .home).map(\.title) }
        XCTAssertFalse(titles().contains("new gadget"))
        RecordRegistry.withRegistered(Gadget.descriptor) {
            XCTAssertEqual(titles().filter { $0.contains("gadget") }, ["new gadget", "edit gadget…", "delete gadget…"])
        }
    }
}
