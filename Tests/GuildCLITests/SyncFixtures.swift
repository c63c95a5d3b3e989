import Foundation
import GuildCore

/// Fixed ids and records for the sync tests.
enum SyncFixtures {
    /// 2026-03-01T09:30:00Z.
    static let now = Date(timeIntervalSince1970: 1_772_357_400)

    static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012x", n))!
    }

    static func person(_ n: Int, name: String? = nil) -> Person {
        Person(id: id(n), name: name ?? "Person \(n)", handle: "p\(n)", updatedAt: now)
    }
}
