/// The screen at the bottom of the route, with that screen's own state (the home screen's state is the dashboard's).
public enum RouteScreen: Sendable, Equatable {
    case home
    case skillsMap(SkillsMapState)
    case programme(ProgrammeScreen)
    case conflicts(ConflictsScreenState)

    /// The layer this screen is when nothing covers it.
    public var layer: RouteLayer {
        switch self {
        case .home: .home
        case .skillsMap: .skillsMap
        case .programme: .programme
        case .conflicts: .conflicts
        }
    }

    /// The screen as the keymap sees it: whose bindings `?` and the palette list.
    var keyScreen: KeyScreen {
        switch self {
        case .home: .dashboard
        case .skillsMap: .skillsMap
        case .programme: .programme
        case .conflicts: .conflicts
        }
    }
}
