import Foundation
import GuildCore
import GuildStore

/// Fixed dates, ids and records for store tests.
enum Fixtures {
    /// 2026-03-01T09:30:00Z.
    static let now = Date(timeIntervalSince1970: 1_772_357_400)

    static func calendar() -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// A deterministic id ending in `n`.
    static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012x", n))!
    }

    static func person(_ n: Int, name: String? = nil) -> Person {
        Person(id: id(n), name: name ?? "Person \(n)", handle: "p\(n)", updatedAt: now)
    }

    static func skill(_ n: Int, name: String? = nil) -> Skill {
        Skill(id: id(n), name: name ?? "Skill \(n)", category: "Tools", updatedAt: now)
    }

    /// The relative path of a record's file.
    static func path<R: Record>(_ record: R) -> String {
        StoreLayout.relativePath(kind: R.kind, groupID: record.groupID, id: record.id)
    }
}
