/// Where a meeting binding applies: anywhere in the meeting, in one step of it, in an overlay, or while typing a note.
public enum MeetingContext: String, CaseIterable, Sendable, Hashable {
    /// The dashboard's sessions pane, where a meeting starts.
    case dashboard
    /// Anywhere in the meeting except while typing.
    case meeting
    case review
    case agenda
    case wrapUp
    /// Help, attendance and rotation history.
    case overlay
    /// Typing a note: every other key is text.
    case compose

    /// The contexts searched for a key, narrowest first.
    public var chain: [MeetingContext] {
        switch self {
        case .dashboard: [.dashboard]
        case .meeting: [.meeting]
        case .review: [.review, .meeting]
        case .agenda: [.agenda, .meeting]
        case .wrapUp: [.wrapUp, .meeting]
        case .overlay: [.overlay, .meeting]
        case .compose: [.compose]
        }
    }
}
