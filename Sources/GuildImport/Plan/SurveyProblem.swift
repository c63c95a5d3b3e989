/// Something in one row (or column) of a survey that could not be used as it is; the rest still imports.
public struct SurveyProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file row as a spreadsheet shows it (the header is row 1); nil for a problem with a whole column.
    public var row: Int?
    /// The physical line the row starts on, when it differs from the row (an earlier answer spans lines).
    public var line: Int?
    public var message: String

    public init(row: Int?, line: Int? = nil, _ message: String) {
        self.row = row
        self.line = line == row ? nil : line
        self.message = message
    }

    /// Where the problem is: "4", "4 (line 7)", or nil for a column.
    public var position: String? {
        guard let row else { return nil }
        return line.map { "\(row) (line \($0))" } ?? "\(row)"
    }

    /// "row 4: …", "row 4 (line 7): …" or the message alone.
    public var description: String { position.map { "row \($0): \(message)" } ?? message }

    /// "answers.csv:4: …" (file:row, with the line when it differs) or "answers.csv: …" for a column.
    public func text(file: String) -> String {
        position.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
