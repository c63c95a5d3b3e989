/// Why a survey file cannot be imported at all (row-level trouble is a `SurveyProblem` instead).
public struct SurveyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line, for people.
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
