import Foundation

/// One component of an iCalendar file (VCALENDAR, VEVENT, VTIMEZONE, STANDARD, VALARM…): its own properties, in file
/// order, and the components inside it.
struct ICalendarComponent {
    /// One content line: name (upper-case), parameters (names upper-case, quotes removed) and raw value.
    struct Property {
        var number: Int
        var name: String
        var parameters: [String: String]
        var value: String
    }

    var name: String
    /// The physical line of its BEGIN.
    var line: Int
    var properties: [Property] = []
    var children: [ICalendarComponent] = []

    /// The first property called `name`.
    func first(_ name: String) -> Property? {
        properties.first { $0.name == name }
    }

    /// Every property called `name`.
    func all(_ name: String) -> [Property] {
        properties.filter { $0.name == name }
    }
}
