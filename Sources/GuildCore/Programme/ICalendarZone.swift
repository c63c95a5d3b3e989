import Foundation

/// A time zone as a file's VTIMEZONE defines it (RFC 5545 §3.6.5): its STANDARD and DAYLIGHT observances, each an onset
/// (DTSTART, repeated by a yearly RRULE or listed by RDATE) and the offsets before and after it. Reads a local
/// wall-clock time in that zone, and finds the IANA zone that keeps the same clocks.
struct ICalendarZone: Sendable {
    /// One observance: from each onset on, clocks read `offsetTo`; before it they read `offsetFrom`.
    struct Observance: Sendable {
        var isDaylight: Bool
        /// The first onset, a local time (in `offsetFrom`), as if it were UTC.
        var start: Date
        var offsetFrom: Int
        var offsetTo: Int
        var rule: Recurrence?
        /// More onsets (RDATE), local times as if UTC.
        var dates: [Date] = []
    }

    /// The TZID as written.
    var identifier: String
    var observances: [Observance]
    /// X-LIC-LOCATION or similar: an IANA name the producer says it is.
    var location: String?

    /// A change of offset: at `moment` (UTC) clocks go from `from` to `to`.
    struct Transition {
        var moment: Date
        var from: Int
        var to: Int
    }

    private static let utc: Calendar = UpcomingSessions.utcCalendar

    /// The transitions of years `first` through `last`, in order.
    func transitions(fromYear first: Int, toYear last: Int) -> [Transition] {
        let begin = Self.utc.date(from: DateComponents(year: first, month: 1, day: 1))!
        let end = Self.utc.date(from: DateComponents(year: last + 1, month: 1, day: 1))!
        var result: [Transition] = []
        for observance in observances {
            var onsets = observance.dates + [observance.start]
            if let rule = observance.rule {
                onsets += RecurrenceExpansion(rule: rule, start: observance.start, calendar: Self.utc)
                    .starts(from: begin.addingTimeInterval(-86_400 * 2), through: end.addingTimeInterval(86_400 * 2), limit: 400).map(\.start)
            }
            for local in Set(onsets) {
                let moment = local.addingTimeInterval(TimeInterval(-observance.offsetFrom))
                if moment >= begin.addingTimeInterval(-86_400 * 2), moment < end.addingTimeInterval(86_400 * 2) {
                    result.append(Transition(moment: moment, from: observance.offsetFrom, to: observance.offsetTo))
                }
            }
        }
        return result.sorted { $0.moment < $1.moment }
    }

    /// The offset from UTC, in seconds, at `moment`.
    func offset(at moment: Date) -> Int {
        let year = Self.utc.component(.year, from: moment)
        if let last = transitions(fromYear: year - 1, toYear: year).last(where: { $0.moment <= moment }) { return last.to }
        // Before every onset: the offset the earliest observance starts from.
        return observances.min { $0.start < $1.start }?.offsetFrom ?? 0
    }

    /// The instant of a local wall-clock time in this zone. A time that happens twice (clocks going back) is the first
    /// of the two; a time that never happens (clocks going forward) is read with the offset before the change.
    func date(local parts: DateComponents) -> Date? {
        guard let asUTC = Self.utc.date(from: parts) else { return nil }
        let year = parts.year ?? Self.utc.component(.year, from: asUTC)
        let changes = transitions(fromYear: year - 1, toYear: year + 1)
        for change in changes where change.to > change.from {
            // The gap: local times from the change (in the old offset) until the new offset catches up.
            let gapStart = change.moment.addingTimeInterval(TimeInterval(change.from))
            if asUTC >= gapStart, asUTC < gapStart.addingTimeInterval(TimeInterval(change.to - change.from)) {
                return asUTC.addingTimeInterval(TimeInterval(-change.from))
            }
        }
        let offsets = Set(observances.flatMap { [$0.offsetFrom, $0.offsetTo] }).sorted(by: >)
        // Larger offsets give earlier instants: the first that reads back as itself is the first occurrence.
        for candidate in offsets {
            let moment = asUTC.addingTimeInterval(TimeInterval(-candidate))
            if offset(at: moment) == candidate { return moment }
        }
        return asUTC.addingTimeInterval(TimeInterval(-offset(at: asUTC)))
    }

    /// Moments and the offset this definition gives at each, through years `first`…`last`: just before and at every
    /// transition, and mid-month four times a year. A zone that gives the same offsets keeps the same clocks.
    func fingerprint(fromYear first: Int, toYear last: Int) -> [(moment: Date, offset: Int)] {
        var points: [(moment: Date, offset: Int)] = []
        for change in transitions(fromYear: first, toYear: last) {
            points.append((change.moment.addingTimeInterval(-1), change.from))
            points.append((change.moment, change.to))
        }
        for year in first...last {
            for month in [1, 4, 7, 10] {
                let moment = Self.utc.date(from: DateComponents(year: year, month: month, day: 15))!
                points.append((moment, offset(at: moment)))
            }
        }
        return points
    }

    /// True when `zone` gives the offsets of `fingerprint`.
    static func matches(_ zone: TimeZone, _ fingerprint: [(moment: Date, offset: Int)]) -> Bool {
        fingerprint.allSatisfy { zone.secondsFromGMT(for: $0.moment) == $0.offset }
    }

    /// The IANA zone that keeps this definition's clocks through `years`: the one it names (TZID, X-LIC-LOCATION or a
    /// Windows name) when that matches, else the first match among the zones CLDR names for Windows zones, then all
    /// others by name.
    func ianaZone(years: ClosedRange<Int>) -> TimeZone? {
        let fingerprint = fingerprint(fromYear: years.lowerBound, toYear: years.upperBound)
        let named = [identifier, location, WindowsZoneNames.iana(for: identifier)].compactMap { $0 }.compactMap { TimeZone(identifier: $0) }
        if let zone = named.first(where: { Self.matches($0, fingerprint) }) { return zone }
        let known = TimeZone.knownTimeZoneIdentifiers
        let preferred = WindowsZoneNames.preferredZones
        let ordered = known.filter { preferred.contains($0) }.sorted() + known.filter { !preferred.contains($0) }.sorted()
        for identifier in ordered {
            if let zone = TimeZone(identifier: identifier), Self.matches(zone, fingerprint) { return zone }
        }
        return nil
    }
}
