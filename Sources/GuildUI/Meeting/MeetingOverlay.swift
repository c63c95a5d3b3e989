/// What covers the meeting screen: help, the attendance list, or the rotation history.
public enum MeetingOverlay: Sendable, Equatable {
    case help(scroll: Int)
    /// The attendance list with the selected row.
    case attendance(row: Int)
    case rotation(scroll: Int)
    /// The session's notes, oldest first, with the selected row (to edit or delete).
    case notes(row: Int)
}
