/// Where a meeting is: the opening review, the agenda, the wrap-up summary, or finished (minutes written).
public enum MeetingStep: String, Sendable, Hashable {
    case review
    case agenda
    case wrapUp
    case finished
}
