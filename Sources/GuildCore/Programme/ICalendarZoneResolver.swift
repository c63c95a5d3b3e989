import Foundation

/// Decides what a TZID in a file means, once per name: an IANA zone ("Europe/Berlin", or "/mozilla.org/…/Europe/Berlin"
/// with its vendor prefix), a Windows zone name mapped to IANA by the CLDR table ("W. Europe Standard Time"), or the
/// file's own VTIMEZONE for any other name ("Customized Time Zone"). Times are read with the file's VTIMEZONE unless
/// the TZID is an IANA name; the zone a series keeps is always an IANA one (the VTIMEZONE's clocks matched to one).
struct ICalendarZoneResolver {
    /// How one TZID is read and what is kept.
    struct Resolution {
        /// The IANA zone used to read times, when the file's own definition is not used.
        var zone: TimeZone?
        /// The file's VTIMEZONE, used to read times when the TZID is not an IANA name.
        var definition: ICalendarZone?
        /// The IANA identifier a session keeps; nil when none could be found.
        var kept: String?
        /// What could not be honoured, said once per TZID.
        var problem: String?
    }

    /// VTIMEZONE definitions by TZID.
    let definitions: [String: ICalendarZone]
    /// The years the file's events start in: a VTIMEZONE is matched to an IANA zone over these.
    let years: ClosedRange<Int>
    private var cache: [String: Resolution] = [:]

    init(definitions: [String: ICalendarZone], years: ClosedRange<Int>) {
        self.definitions = definitions
        self.years = years
    }

    /// The IANA zone a name stands for: itself, its Windows mapping, or (for "/vendor/…/Area/City") the longest IANA tail.
    static func ianaZone(named raw: String) -> TimeZone? {
        let name = raw.trimmingCharacters(in: CharacterSet(charactersIn: "/ \""))
        guard !name.isEmpty else { return nil }
        if let zone = ianaNamed(name) { return zone }
        if let mapped = WindowsZoneNames.iana(for: name), let zone = TimeZone(identifier: mapped) { return zone }
        if raw.hasPrefix("/") {
            let parts = name.split(separator: "/")
            for start in 1..<max(1, parts.count) {
                let tail = parts[start...].joined(separator: "/")
                if tail.contains("/"), let zone = TimeZone(identifier: tail) { return zone }
            }
        }
        return nil
    }

    /// The zone when `name` is an IANA identifier itself ("Europe/Berlin", "UTC"), not merely something Foundation accepts.
    static func ianaNamed(_ name: String) -> TimeZone? {
        guard name.contains("/") || knownNames.contains(name) else { return nil }
        return TimeZone(identifier: name)
    }

    private static let knownNames: Set<String> = Set(TimeZone.knownTimeZoneIdentifiers + ["UTC", "GMT"])

    /// How `tzid` is read and which zone is kept.
    mutating func resolve(_ tzid: String) -> Resolution {
        if let known = cache[tzid] { return known }
        let definition = definitions[tzid] ?? definitions.first { $0.key.trimmingCharacters(in: .whitespaces) == tzid.trimmingCharacters(in: .whitespaces) }?.value
        let trimmed = tzid.trimmingCharacters(in: CharacterSet(charactersIn: "/ \""))
        var resolution = Resolution()
        if let zone = Self.ianaNamed(trimmed) {
            // An IANA name: the tz database knows its history better than any copy of its rules in the file.
            resolution.zone = zone
            resolution.kept = zone.identifier
        } else if let definition {
            resolution.definition = definition
            let named = Self.ianaZone(named: tzid)
            let fingerprint = definition.fingerprint(fromYear: years.lowerBound, toYear: years.upperBound)
            if let named, ICalendarZone.matches(named, fingerprint) {
                resolution.kept = named.identifier
            } else if let matched = definition.ianaZone(years: years) {
                resolution.kept = matched.identifier
                if let named {
                    resolution.problem = "time zone \"\(ICalendarReader.preview(tzid))\": the file's VTIMEZONE differs from \(named.identifier) in \(years.lowerBound)–\(years.upperBound); times are read with the file's rules and repeat as in \(matched.identifier)"
                }
            } else {
                let offset = definition.offset(at: Date(timeIntervalSince1970: TimeInterval((years.upperBound - 1970) * 31_556_952)))
                let fixed = TimeZone(secondsFromGMT: offset)
                resolution.kept = fixed?.identifier
                resolution.problem = "time zone \"\(ICalendarReader.preview(tzid))\": its VTIMEZONE matches no known time zone; times are read with the file's rules, repeats keep UTC\(ICalendarZoneResolver.offsetText(offset)) all year"
            }
        } else if let named = Self.ianaZone(named: tzid) {
            resolution.zone = named
            resolution.kept = named.identifier
        } else {
            resolution.problem = "unknown time zone \"\(ICalendarReader.preview(tzid))\" (no VTIMEZONE in the file defines it)"
        }
        cache[tzid] = resolution
        return resolution
    }

    /// "+01:00", "-05:30".
    static func offsetText(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
