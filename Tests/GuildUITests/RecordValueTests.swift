import Foundation
import GuildCore
@testable import GuildUI
import XCTest

/// `RecordValue` holds a record of any kind with no code per kind: every kind of the sample team wraps, compares, hashes,
/// reads back and is labelled through its descriptor alone.
final class RecordValueTests: XCTestCase {
    func testEveryKindWrapsComparesAndReadsBackThroughItsDescriptor() {
        let data = Fixtures.sample
        var kinds: Set<RecordKind> = []
        for descriptor in RecordDescriptor.all {
            for record in descriptor.recordsInIDOrder(in: data).prefix(3) {
                let value = RecordValue(record)
                kinds.insert(value.kind)
                XCTAssertEqual(value.kind, descriptor.kind)
                XCTAssertEqual(value.id, record.id)
                XCTAssertEqual(value, RecordValue(record), "the same record is the same value")
                XCTAssertEqual(value.hashValue, RecordValue(record).hashValue)
                let touched = value.touched(at: record.updatedAt.addingTimeInterval(60))
                XCTAssertNotEqual(value, touched, "a changed record is another value")
                XCTAssertEqual(touched.kind, descriptor.kind)
                XCTAssertEqual(value.label(in: data), descriptor.label(of: record, in: data))
                XCTAssertEqual(ObjectIdentifier(type(of: value.record)), ObjectIdentifier(descriptor.recordType), "\(descriptor.kind) reads back as its own type")
            }
        }
        XCTAssertEqual(Set(kinds), Set(RecordKind.allCases.filter { data.count(of: $0) > 0 }))
        let person = data.people.values.first!
        XCTAssertEqual(RecordValue(person).as(Person.self), person)
        XCTAssertNil(RecordValue(person).as(Skill.self))
        XCTAssertNotEqual(RecordValue(person), RecordValue(data.skills.values.first!), "records of two kinds never compare equal")
    }
}
