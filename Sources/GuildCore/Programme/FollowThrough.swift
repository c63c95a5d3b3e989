import Foundation

/// What became of action items as of a day: done by their due day, done late, still open (some overdue), dropped.
///
/// "% done on time" has one definition: among items already due — due before the as-of day, or due on it and done —
/// the share done by their due day. Items not yet due (and items without a due day) are left out of the rate.
public struct FollowThrough: Sendable, Equatable {
    public var onTime = 0
    public var late = 0
    public var open = 0
    /// Open and past the due day (counted in `open` too).
    public var overdue = 0
    public var dropped = 0
    /// Items already due (the rate's denominator).
    public var alreadyDue = 0
    /// Items already due and done by their due day (the rate's numerator).
    public var alreadyDueOnTime = 0

    public init() {}

    /// Counts `items` as they stood at the end of `today`: items created later are left out, items done or dropped
    /// later count as open. An item done without a due day counts as done on time.
    public init(_ items: [ActionItem], today: Day, calendar: Calendar) {
        for item in items where Day(item.createdAt, in: calendar) <= today {
            switch Self.status(of: item, on: today, calendar: calendar) {
            case .open:
                open += 1
                if let due = item.due, due < today {
                    overdue += 1
                    alreadyDue += 1
                }
            case .dropped:
                dropped += 1
            case .done:
                let onDue = item.due.map { due in item.completedAt.map { Day($0, in: calendar) <= due } ?? true } ?? true
                if onDue { onTime += 1 } else { late += 1 }
                if let due = item.due, due <= today {
                    alreadyDue += 1
                    if onDue { alreadyDueOnTime += 1 }
                }
            }
        }
    }

    /// Where `item` stood at the end of `day`: done or dropped only once that happened (done by `completedAt`,
    /// dropped by its last change).
    static func status(of item: ActionItem, on day: Day, calendar: Calendar) -> ActionItem.Status {
        switch item.status {
        case .open: return .open
        case .done: return item.completedAt.map { Day($0, in: calendar) <= day } ?? true ? .done : .open
        case .dropped: return Day(item.updatedAt, in: calendar) <= day ? .dropped : .open
        }
    }

    /// Items done, late or on time.
    public var done: Int { onTime + late }

    /// Items that count (dropped ones do not).
    public var total: Int { onTime + late + open }

    /// The share done by the due day among items already due; nil when none is due yet.
    public var onTimeRate: Double? {
        alreadyDue > 0 ? Double(alreadyDueOnTime) / Double(alreadyDue) : nil
    }
}
