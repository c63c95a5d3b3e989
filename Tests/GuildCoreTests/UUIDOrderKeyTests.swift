import Foundation
import GuildCore
import XCTest

/// `UUID.orderKey` must order exactly as `uuidString` (the sorts that break ties by id use it instead of the string).
final class UUIDOrderKeyTests: XCTestCase {
    func testKeysOrderAsTheirStrings() {
        var generator = SystemRandomNumberGenerator()
        var ids = (0..<2_000).map { _ in UUID() }
        ids += ["00000000-0000-4000-8000-00000000000A", "00000000-0000-4000-8000-000000000009", "F0000000-0000-4000-8000-000000000000",
                "0F000000-0000-4000-8000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "00000000-0000-0000-0000-000000000000",
                "00000000-0000-0001-0000-000000000000", "00000000-0000-0000-8000-000000000000", "80000000-0000-0000-0000-000000000000"]
            .compactMap(UUID.init(uuidString:))
        ids.shuffle(using: &generator)
        XCTAssertEqual(ids.sorted { $0.orderKey < $1.orderKey }, ids.sorted { $0.uuidString < $1.uuidString })
        for (a, b) in zip(ids, ids.dropFirst()) {
            XCTAssertEqual(a.orderKey < b.orderKey, a.uuidString < b.uuidString, "\(a) vs \(b)")
            XCTAssertEqual(a.orderKey == b.orderKey, a == b)
        }
        let id = UUID()
        XCTAssertFalse(id.orderKey < id.orderKey)
        XCTAssertEqual(id.orderKey, UUIDOrderKey(id))
    }

    /// In a tuple with a date, as the sorts use it: same order as the string form.
    func testTupleSortsMatchTheStringSort() {
        let sample = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        let actions = Array(sample.actions.values)
        let day = Date(timeIntervalSince1970: 0)
        XCTAssertEqual(actions.sorted { (day, $0.id.orderKey) < (day, $1.id.orderKey) }.map(\.id),
                       actions.sorted { (day, $0.id.uuidString) < (day, $1.id.uuidString) }.map(\.id))
        XCTAssertEqual(actions.sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }.map(\.id),
                       actions.sorted { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }.map(\.id))
    }
}
