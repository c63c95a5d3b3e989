/// What covers the meeting screen: help, the attendance list, the rotation history, the questions or the notes.
public enum MeetingOverlay: Sendable, Equatable {
    case help(scroll: Int)
    /// The attendance list with the selected row.
    case attendance(row: Int)
    case rotation(scroll: Int)
    /// The anonymous questions, oldest first, with the selected row (to mark answered or dismissed).
    case questions(row: Int)
    /// The session's notes, oldest first, with the selected row (to edit or delete).
    case notes(row: Int)
}
