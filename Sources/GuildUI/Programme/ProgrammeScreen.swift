/// Which programme screen covers the dashboard, with its own state.
public enum ProgrammeScreen: Sendable, Equatable {
    case communities(CommunitiesState)
    case health(HealthState)

    /// The keymap context of the screen.
    var context: KeyContext {
        switch self {
        case .communities: .communities
        case .health: .health
        }
    }
}
