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

    /// A phase or badge role as a chip of screen background (used inside the title bar, whose own colours the role is not chosen against).
    static func chip(_ role: ThemeRole, theme: Theme) -> Style {
        theme.onText(role).adding(.bold)
    }

    /// The big clock's style for a phase: the role's colour on the screen background, never a block of the role's background.
    static func digits(_ phase: TimerPhase, theme: Theme) -> Style {
        let role = theme.style(role(phase))
        return theme.style(.text).patched(by: Style(fg: role.fg, attributes: role.attributes.subtracting(.reverse))).adding(.bold)
    }
}
