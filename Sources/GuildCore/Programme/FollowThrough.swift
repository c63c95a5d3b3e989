import Foundation

/// What became of action items: done by their due day, done late, still open (some overdue), dropped.
public struct FollowThrough: Sendable, Equatable {
    public var onTime = 0
    public var late = 0
    public var open = 0
    /// Open and past the due day (counted in `open` too).
    public var overdue = 0
    public var dropped = 0

    public init() {}

    /// Counts `items` as of `today`; an item done without a due day counts as on time.
    public init(_ items: [ActionItem], today: Day, calendar: Calendar) {
        for item in items {
            switch item.status {
            case .open:
                open += 1
                if item.isOverdue(today: today) { overdue += 1 }
            case .dropped:
                dropped += 1
            case .done:
                if let due = item.due, let completed = item.completedAt, due < Day(completed, in: calendar) {
                    late += 1
                } else {
                    onTime += 1
                }
            }
        }
    }

    /// Items done, late or on time.
    public var done: Int { onTime + late }

    /// Items that count (dropped ones do not).
    public var total: Int { onTime + late + open }

    /// The share done by the due day among those done or still open; nil when there are none.
    public var onTimeRate: Double? {
        total > 0 ? Double(onTime) / Double(total) : nil
    }
}
