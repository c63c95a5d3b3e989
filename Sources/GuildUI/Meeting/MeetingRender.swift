import GuildCore
import TerminalGrid

/// Shared look decisions of the meeting screen: which theme role a timer phase or a review outcome uses.
enum MeetingRender {
    /// On time in the success role, the last minute in accent, over in warning, well over in error.
    static func role(_ phase: TimerPhase) -> ThemeRole {
        switch phase {
        case .onTime: .success
        case .ending: .accent
        case .over: .warning
        case .wellOver: .error
        }
    }

    /// A review outcome's mark and role.
    static func mark(_ outcome: ReviewOutcome?) -> (text: String, role: ThemeRole) {
        switch outcome {
        case nil: ("[ ]", .muted)
        case .done?: ("[✓]", .success)
        case .carriedOver?: ("[→]", .accent)
        case .dropped?: ("[✗]", .warning)
        }
    }
}
