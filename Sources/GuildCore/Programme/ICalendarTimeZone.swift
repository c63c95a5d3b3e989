import Foundation

/// A VTIMEZONE component for a time zone, built from its daylight-saving transitions in a range of years:
/// a yearly rule (RRULE BYMONTH/BYDAY) when the transitions follow one, else the transition dates listed (RDATE).
struct ICalendarTimeZone {
    let zone: TimeZone
    let identifier: String

    /// One kind of transition: into standard or daylight time, with its offsets and name, and when it happened.
    private struct Observance {
        var isDaylight: Bool
        var from: Int
        var to: Int
        var name: String
        /// Local wall-clock starts (in the offset before the change), oldest first.
        var starts: [DateComponents] = []
    }

    /// The component's lines (unfolded), covering `fromYear` through `toYear`.
    func component(fromYear: Int, toYear: Int) -> [String] {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let begin = utc.date(from: DateComponents(year: fromYear, month: 1, day: 1))!
        let end = utc.date(from: DateComponents(year: toYear + 1, month: 1, day: 1))!
        var observances: [Observance] = []

        func add(isDaylight: Bool, from: Int, to: Int, name: String, at moment: Date) {
            let local = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: moment.addingTimeInterval(TimeInterval(from)))
            if let index = observances.firstIndex(where: { $0.isDaylight == isDaylight && $0.from == from && $0.to == to && $0.name == name }) {
                observances[index].starts.append(local)
            } else {
                observances.append(Observance(isDaylight: isDaylight, from: from, to: to, name: name, starts: [local]))
            }
        }

        let initial = zone.secondsFromGMT(for: begin)
        add(isDaylight: zone.isDaylightSavingTime(for: begin), from: initial, to: initial, name: zone.abbreviation(for: begin) ?? identifier, at: begin)
        var moment = begin
        while let next = zone.nextDaylightSavingTimeTransition(after: moment), next < end {
            add(isDaylight: zone.isDaylightSavingTime(for: next), from: zone.secondsFromGMT(for: next.addingTimeInterval(-1)),
                to: zone.secondsFromGMT(for: next), name: zone.abbreviation(for: next) ?? identifier, at: next)
            moment = next
        }

        var lines = ["BEGIN:VTIMEZONE", "TZID:" + identifier]
        for observance in observances {
            let kind = observance.isDaylight ? "DAYLIGHT" : "STANDARD"
            lines.append("BEGIN:" + kind)
            lines.append("DTSTART:" + Self.local(observance.starts[0]))
            if let rule = Self.yearlyRule(observance.starts) {
                lines.append("RRULE:" + rule)
            } else if observance.starts.count > 1 {
                lines.append("RDATE:" + observance.starts.dropFirst().map(Self.local).joined(separator: ","))
            }
            lines.append("TZOFFSETFROM:" + Self.offset(observance.from))
            lines.append("TZOFFSETTO:" + Self.offset(observance.to))
            lines.append("TZNAME:" + ICalendarText.escape(observance.name))
            lines.append("END:" + kind)
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    /// "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" when every start is the same weekday, week and time of the same month in consecutive years.
    private static func yearlyRule(_ starts: [DateComponents]) -> String? {
        guard starts.count >= 2 else { return nil }
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        var ordinals: Set<String> = []
        for (index, start) in starts.enumerated() {
            guard start.month == starts[0].month, start.hour == starts[0].hour, start.minute == starts[0].minute,
                  start.year == starts[0].year! + index,
                  let date = gregorian.date(from: DateComponents(year: start.year, month: start.month, day: start.day)),
                  let days = gregorian.range(of: .day, in: .month, for: date)?.count else { return nil }
            let weekday = gregorian.component(.weekday, from: date)
            let day = start.day!
            let names = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
            var options: Set<String> = ["\((day - 1) / 7 + 1)\(names[weekday - 1])"]
            if day + 7 > days { options.insert("-1\(names[weekday - 1])") }
            ordinals = index == 0 ? options : ordinals.intersection(options)
            if ordinals.isEmpty { return nil }
        }
        let byDay = ordinals.contains { $0.hasPrefix("-1") } ? ordinals.first { $0.hasPrefix("-1") }! : ordinals.sorted()[0]
        return "FREQ=YEARLY;BYMONTH=\(starts[0].month!);BYDAY=\(byDay)"
    }

    private static func local(_ parts: DateComponents) -> String {
        String(format: "%04d%02d%02dT%02d%02d%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
    }

    /// "+0100", "-0530".
    private static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + String(format: "%02d%02d", minutes / 60, minutes % 60)
    }
}
