import Foundation
import GuildCore
import XCTest

/// The record-kind registry: one descriptor per kind, in order, each reaching its own table of `GuildData`.
final class RecordDescriptorTests: XCTestCase {
    func testEveryKindIsRegisteredOnceInOrder() {
        XCTAssertEqual(RecordDescriptor.all.map(\.kind), RecordKind.allCases,
                       "a kind is missing from RecordDescriptor.all, or out of RecordKind's order")
        for kind in RecordKind.allCases {
            XCTAssertEqual(kind.descriptor.kind, kind)
            XCTAssertEqual(kind.descriptor.recordType.kind, kind, "\(kind): the descriptor's type is of another kind")
            XCTAssertFalse(kind.descriptor.noun.isEmpty, "\(kind) has no noun")
        }
        XCTAssertEqual(Set(RecordDescriptor.all.map(\.noun)).count, RecordKind.allCases.count, "two kinds share a noun")
    }

    func testTheOrdinalIsThePositionInAllCases() {
        for (offset, kind) in RecordKind.allCases.enumerated() {
            XCTAssertEqual(kind.ordinal, offset, "\(kind)")
        }
        XCTAssertTrue(RecordKind.person < RecordKind.pairingRound)
        XCTAssertFalse(RecordKind.solution < RecordKind.note)
    }

    /// Rebuilding the sample team record by record through the descriptors gives the same data: each descriptor
    /// reaches its own table (a descriptor pointing at another kind's table would lose or misfile records).
    func testEachDescriptorReachesItsOwnTable() throws {
        let sample = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        var rebuilt = GuildData()
        for record in sample.recordsInWriteOrder { rebuilt.upsert(record) }
        XCTAssertEqual(rebuilt, sample)
        for kind in RecordKind.allCases {
            XCTAssertEqual(rebuilt.count(of: kind), kind.descriptor.recordsInIDOrder(in: sample).count, "\(kind)")
            XCTAssertGreaterThan(sample.count(of: kind), 0, "the sample team has no \(kind.folder): this test would not see its table")
        }
        var filled = GuildData()
        for kind in RecordKind.allCases { kind.descriptor.fill(kind.descriptor.recordsInIDOrder(in: sample), into: &filled) }
        XCTAssertEqual(filled, sample)
        for record in sample.recordsInWriteOrder {
            let kind = type(of: record).kind
            XCTAssertEqual(rebuilt.record(kind: kind, id: record.id)?.id, record.id)
            XCTAssertEqual(rebuilt.remove(kind: kind, id: record.id)?.id, record.id)
            XCTAssertNil(rebuilt.record(kind: kind, id: record.id))
        }
        XCTAssertEqual(rebuilt, GuildData())
    }

    func testWriteOrderPutsReferencedKindsFirst() {
        let sample = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        var kinds: [RecordKind] = []
        for record in sample.recordsInWriteOrder where kinds.last != type(of: record).kind { kinds.append(type(of: record).kind) }
        XCTAssertEqual(kinds, [.person, .skill, .ratingSheet, .community, .session, .note, .action, .learning, .topic, .solution, .pairingRound,
                               .meeting, .vote, .agendaProposal, .proposalDot, .continueVote])
    }

    func testLabelsAndTitles() throws {
        let sample = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        let person = try XCTUnwrap(sample.people.values.min { $0.name < $1.name })
        XCTAssertEqual(Person.descriptor.label(of: person, in: sample), "person “\(person.name)”")
        XCTAssertEqual(Person.descriptor.title(of: person, in: sample), "\(person.name) (@\(person.handle))")
        let sheet = try XCTUnwrap(sample.ratingSheets[person.id])
        XCTAssertEqual(RatingSheet.descriptor.label(of: sheet, in: sample), "\(person.name)'s ratings")
        XCTAssertEqual(RatingSheet.descriptor.label(of: sheet, in: GuildData()), "someone's ratings")
        let action = try XCTUnwrap(sample.actions.values.first)
        XCTAssertEqual(ActionItem.descriptor.label(of: action, in: sample), "action item “\(action.title)”")
        let note = NoteEntry(sessionID: UUID(), kind: .note, text: String(repeating: "x", count: 60), createdAt: Fixtures.now)
        XCTAssertEqual(NoteEntry.descriptor.label(of: note, in: sample), "note “\(String(repeating: "x", count: 40))”")
    }

    /// Every registered kind declares all its parts: a folder of its own, a noun, names for its records, a load cache
    /// coding that writes every field and reads back what it wrote, and, when it is edited in forms, labelled fields
    /// with ids of their own and a list of every record (checked on the sample team's records; `RecordEditorTests`
    /// builds each form back into the record it opened, and names the kinds not edited in forms).
    func testEveryRegisteredKindHasACompleteDescriptor() throws {
        let sample = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        var folders = Set<String>()
        for descriptor in RecordRegistry.all {
            let kind = descriptor.kind
            XCTAssertTrue(folders.insert(kind.folder).inserted, "\(kind): two kinds share a folder")
            XCTAssertTrue(kind.folder.allSatisfy { $0.isLowercase && $0.isASCII }, "\(kind): a folder name of lowercase letters")
            XCTAssertEqual(RecordKind(rawValue: kind.folder), kind)
            XCTAssertEqual(descriptor.recordType.kind, kind)
            XCTAssertFalse(descriptor.noun.isEmpty, "\(kind) has no noun")
            let cache = try XCTUnwrap(descriptor.cache, "\(kind) has no load cache coding")
            XCTAssertEqual(cache.modelFields(), cache.codedFields(), "\(kind): the cache coding misses a field of the model")
            let records = descriptor.recordsInIDOrder(in: sample)
            XCTAssertFalse(records.isEmpty, "the sample team has no \(kind.folder)")
            if let form = descriptor.form {
                for record in [records.first, nil] {
                    let fields = form.fields(record, data: sample, now: Fixtures.now, calendar: Fixtures.calendar)
                    XCTAssertFalse(fields.isEmpty, "\(kind): a form without fields")
                    XCTAssertEqual(Set(fields.map(\.id)).count, fields.count, "\(kind): two fields share an id")
                    XCTAssertFalse(fields.contains { $0.label.isEmpty }, "\(kind): a field without a label")
                    XCTAssertFalse(fields.contains { $0.type == .choice([]) }, "\(kind): a choice without options")
                }
                XCTAssertEqual(form.rows(data: sample, calendar: Fixtures.calendar).map(\.id).sorted { $0.orderKey < $1.orderKey },
                               records.map(\.id), "\(kind): the form's list misses records")
            }
            for record in records.prefix(5) {
                XCTAssertNotNil(descriptor.title(of: record, in: sample), "\(kind): no title")
                XCTAssertFalse(descriptor.label(of: record, in: sample).isEmpty, "\(kind): no label")
                var writer = ByteWriter()
                XCTAssertTrue(cache.encode(record, &writer))
                let decoded = try writer.bytes.withUnsafeBytes { bytes in
                    var reader = ByteReader(bytes)
                    return try cache.decode(&reader)
                }
                XCTAssertTrue(decoded.isSame(as: record), "\(kind) \(record.id): the cache coding does not read back what it wrote")
            }
        }
    }
}
