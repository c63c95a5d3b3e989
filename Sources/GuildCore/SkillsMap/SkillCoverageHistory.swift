import Foundation

/// How many people held a skill at level 3 or more over time, from the dated rating histories (for a sparkline).
public struct SkillCoverageHistory: Sendable, Equatable {
    /// The end of each period, oldest first.
    public var dates: [Date]
    /// People at level 3+ at each date.
    public var counts: [Int]

    /// Coverage at the end of each of the last `months` months, the last point being `now`.
    public init(skill: UUID, in data: GuildData, now: Date, months: Int = 12, calendar: Calendar) {
        var dates: [Date] = []
        for back in stride(from: months - 1, through: 0, by: -1) {
            dates.append(calendar.date(byAdding: .month, value: -back, to: now) ?? now)
        }
        let histories = data.ratingSheets.values.filter { data.people[$0.personID] != nil }.map { $0.history(of: skill) }
        counts = dates.map { date in
            histories.filter { history in
                history.last { $0.ratedAt <= date }.map { $0.level >= .proficient } ?? false
            }.count
        }
        self.dates = dates
    }

    /// The change from the first point to the last.
    public var trend: Int { (counts.last ?? 0) - (counts.first ?? 0) }
}
