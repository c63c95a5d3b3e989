import Foundation
import GuildCore

extension DateText {
    /// A due day and how urgent it is: "3d overdue" (error), "today"/"tomorrow"/within 3 days (warning), else the date.
    static func due(_ due: Day?, today: Day) -> (text: String, role: ThemeRole) {
        guard let due else { return ("—", .muted) }
        let distance = today.days(until: due)
        switch distance {
        case ..<0: return ("\(-distance)d overdue", .error)
        case 0: return ("today", .warning)
        case 1: return ("tomorrow", .warning)
        case 2...3: return (shortDay(due), .warning)
        default: return (shortDay(due), .text)
        }
    }
}
