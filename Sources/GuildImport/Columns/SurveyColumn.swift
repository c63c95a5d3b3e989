import Foundation

/// What a survey column holds, decided from its title and its answers.
public enum SurveyColumn: Sendable, Hashable {
    case name, firstName, lastName, email, handle
    /// A level for one skill ("Kubernetes", "Rate your skills [Kubernetes]", "How would you rate your skill in Go?").
    case level(UUID)
    /// A yes/no answer to wanting to learn or teach one skill ("Willing to teach? [Kubernetes]").
    case flag(UUID, SurveyInterest)
    /// A checkbox list of skills the respondent wants to learn or can teach ("Kubernetes, Go" or "Kubernetes;Go;").
    case list(SurveyInterest)
    /// One choice of a multi-select written one column per choice (Typeform): the header is the choice and the
    /// answer is the choice or empty. `group` numbers the question; `skill` is nil when the choice is no known skill.
    case choice(skill: UUID?, group: Int)
    /// Not imported: timestamps, comments, free text, columns naming no known skill; the reason is shown.
    case ignored(String)
}
