/// The three panes of the home screen, in focus order.
public enum PaneID: Int, CaseIterable, Sendable, Hashable {
    case sessions
    case matrix
    case actions

    /// The pane's title, shown in its border.
    public var title: String {
        switch self {
        case .sessions: "Upcoming sessions"
        case .matrix: "Skills matrix"
        case .actions: "Open action items"
        }
    }

    /// The pane after this one, wrapping around.
    public var next: PaneID { PaneID(rawValue: (rawValue + 1) % 3)! }

    /// The pane before this one, wrapping around.
    public var previous: PaneID { PaneID(rawValue: (rawValue + 2) % 3)! }
}
