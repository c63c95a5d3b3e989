import GuildCore

/// A semantic role a pane asks the theme for ("error", "level3"); panes name roles, never colours.
public enum ThemeRole: String, CaseIterable, Sendable, Hashable {
    /// Ordinary text and the screen background.
    case text
    case muted
    case accent
    case title
    case titleBar
    case border
    case borderFocused
    case selection
    /// The matrix cursor cell.
    case cursor
    case header
    case statusBar
    case statusKey
    case success
    case warning
    case error
    /// Help overlay and detail view background.
    case overlay
    /// A skill nobody rated.
    case unrated
    case level0
    case level1
    case level2
    case level3
    case level4
    /// Interest marks in the matrix (+ wants to learn, * happy to teach).
    case interest
    case badgeTechTalk = "badge.tech-talk"
    case badgeWorkshop = "badge.workshop"
    case badgeBrownBag = "badge.brown-bag"
    case badgeShowAndTell = "badge.show-and-tell"
    case badgeDeepDive = "badge.deep-dive"
    case badgeCodeReview = "badge.code-review"
    case badgePairing = "badge.pairing"
    case badgeWeeklyMeeting = "badge.weekly-meeting"
    case badgeOther = "badge.other"

    /// The ramp role for a skill level; `unrated` when there is no rating.
    public static func level(_ level: SkillLevel?) -> ThemeRole {
        switch level {
        case nil: .unrated
        case .none?: .level0
        case .learning?: .level1
        case .working?: .level2
        case .proficient?: .level3
        case .expert?: .level4
        }
    }

    /// The badge role of a session format ("badge.tech-talk").
    public static func badge(_ format: SessionFormat) -> ThemeRole {
        ThemeRole(rawValue: "badge." + format.rawValue) ?? .badgeOther
    }
}
