/// A screen as the keymap sees it: the contexts it owns (each context belongs to one screen) and the shared ones whose
/// keys work there too. Its `?` help, its palette and the README's keys section list the bindings of these contexts.
public enum KeyScreen: String, CaseIterable, Sendable, Hashable {
    case dashboard
    case skillsMap
    case programme
    case conflicts
    case meeting

    /// The contexts that belong to this screen, in the order the help lists them.
    public var contexts: [KeyContext] {
        switch self {
        case .dashboard: [.app, .global, .home, .overlay, .filter, .matrix, .actions, .detail, .form, .formChoice, .formPicker, .palette,
                          .quickAdd, .confirm]
        case .skillsMap: [.skills, .skillsMatrix, .skillsPairs, .skillsQuery]
        case .programme: [.programme, .communities, .health, .proposals]
        case .conflicts: [.conflicts]
        case .meeting: [.meeting, .meetingReview, .meetingAgenda, .meetingWrapUp, .meetingOverlay, .meetingCompose]
        }
    }

    /// Contexts of another screen whose bindings work here too, listed after the screen's own.
    public var shared: [KeyContext] {
        switch self {
        case .dashboard: []
        // The help overlay scrolls with the overlay keys on these screens as on the dashboard.
        case .skillsMap, .programme, .conflicts: [.overlay, .global, .app]
        case .meeting: [.app]
        }
    }

    /// What the help overlay's title and the README call it.
    public var title: String {
        switch self {
        case .dashboard: "Dashboard"
        case .skillsMap: "Skills map"
        case .programme: "Communities and health"
        case .conflicts: "Conflicts"
        case .meeting: "Live meeting"
        }
    }
}
