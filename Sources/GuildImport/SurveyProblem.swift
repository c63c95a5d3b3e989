/// Something in one row (or column) of a survey that could not be used as it is; the rest still imports.
public struct SurveyProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file row (the header is row 1); nil for a problem with a whole column.
    public var row: Int?
    public var message: String

    public init(row: Int?, _ message: String) {
        self.row = row
        self.message = message
    }

    /// "row 4: …" or the message alone.
    public var description: String { row.map { "row \($0): \(message)" } ?? message }
}
