/// Where a skills-map key applies.
public enum SkillsMapContext: String, CaseIterable, Sendable, Hashable {
    /// On the dashboard, with nothing else open: the keys that open the skills map.
    case dashboard
    /// Anywhere in the skills map.
    case screen
    /// In the matrix tab only.
    case matrix
    /// While typing a query: every other key is text.
    case typing

    /// Where the help lists the binding.
    var place: String {
        switch self {
        case .dashboard: "on the dashboard"
        case .screen: ""
        case .matrix: "in the matrix"
        case .typing: "while typing"
        }
    }
}
