/// Where a programme binding applies: on the dashboard (to open the screens), on either screen, or on one of them.
public enum ProgrammeContext: String, CaseIterable, Sendable, Hashable {
    /// The home screen, for keys the dashboard's own keymap leaves free.
    case dashboard
    /// Both programme screens.
    case screen
    case communities
    case health

    /// The contexts searched for a key, narrowest first.
    public var chain: [ProgrammeContext] {
        switch self {
        case .dashboard: [.dashboard]
        case .screen: [.screen]
        case .communities: [.communities, .screen]
        case .health: [.health, .screen]
        }
    }
}
