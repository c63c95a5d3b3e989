import Foundation

/// What the user said about a survey file on the command line: its scale, its delimiter, what unknown columns mean
/// and what one-column-per-choice questions asked.
public struct SurveyOptions: Sendable, Equatable {
    /// The answers' numeric scale; detected when nil.
    public var scale: SurveyScale?
    /// The field separator; detected when nil.
    public var delimiter: SurveyDelimiter?
    /// `--map "Column=Skill"` entries, in the order given.
    public var mappings: [SurveyMapping]
    /// What each multi-select written one column per choice (Typeform) asked, in file order; nil skips one.
    public var choices: [SurveyInterest?]

    public init(scale: SurveyScale? = nil, delimiter: SurveyDelimiter? = nil, mappings: [SurveyMapping] = [],
                choices: [SurveyInterest?] = []) {
        self.scale = scale
        self.delimiter = delimiter
        self.mappings = mappings
        self.choices = choices
    }

    /// Parses `--choices learn,teach` ("learn", "teach", "ignore"; comma-separated or repeated).
    public static func choices(_ values: [String]) throws(SurveyError) -> [SurveyInterest?] {
        var result: [SurveyInterest?] = []
        for value in values.flatMap({ $0.split(separator: ",") }) {
            switch value.trimmingCharacters(in: .whitespaces).lowercased() {
            case "learn", "wants to learn", "want to learn": result.append(.learn)
            case "teach", "happy to teach", "can teach": result.append(.teach)
            case "ignore", "skip", "-": result.append(nil)
            default: throw SurveyError("--choices “\(value)”: say learn, teach or ignore for each multi-select, in file order")
            }
        }
        return result
    }
}

/// One `--map "Column=Target"`: a column title (or the skill in its brackets) and what it holds.
public struct SurveyMapping: Sendable, Equatable {
    /// What a mapped column holds.
    public enum Target: Sendable, Equatable {
        case skill(String)
        case name, firstName, lastName, email, handle
        case list(SurveyInterest)
        case ignore
    }

    public var column: String
    public var target: Target

    public init(column: String, target: Target) {
        self.column = column
        self.target = target
    }

    /// Parses "Column=Skill" (split at the last "=", since titles may hold one); the target may also be name,
    /// first name, last name, email, handle, learn, teach or ignore.
    public init(parsing text: String) throws(SurveyError) {
        guard let equals = text.lastIndex(of: "=") else {
            throw SurveyError("--map “\(text)”: write it as \"Column title=Skill name\"")
        }
        let column = text[..<equals].trimmingCharacters(in: .whitespaces)
        let target = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard !column.isEmpty, !target.isEmpty else { throw SurveyError("--map “\(text)”: write it as \"Column title=Skill name\"") }
        self.column = column
        switch target.lowercased() {
        case "name", "full name": self.target = .name
        case "first name": self.target = .firstName
        case "last name": self.target = .lastName
        case "email", "e-mail": self.target = .email
        case "handle": self.target = .handle
        case "learn", "wants to learn": self.target = .list(.learn)
        case "teach", "happy to teach": self.target = .list(.teach)
        case "ignore", "skip", "-": self.target = .ignore
        default: self.target = .skill(target)
        }
    }
}
