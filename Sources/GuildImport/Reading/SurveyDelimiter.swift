/// The field separator of a survey file: `,` (most tools), `;` (Excel in German, French and other locales whose
/// decimal mark is a comma) or tab (Excel's "Unicode Text", copy-paste from a sheet).
public enum SurveyDelimiter: Character, Sendable, CaseIterable {
    case comma = ","
    case semicolon = ";"
    case tab = "\t"

    /// How the delimiter is named to people: "`,`", "`;`", "tab".
    public var name: String {
        switch self {
        case .comma: "“,”"
        case .semicolon: "“;”"
        case .tab: "tab"
        }
    }

    /// Parses a user's `--delimiter` ("," ";" "tab" "\t").
    public init?(option: String) {
        switch option.lowercased() {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "\\t", "tab": self = .tab
        default: return nil
        }
    }

    /// The delimiter that splits the first records most consistently: the header into the most columns, with the
    /// first answer rows split the same way. A header of one column under every candidate reads as `,`.
    static func detect(_ text: String) -> SurveyDelimiter {
        // Only the first records matter; a bounded prefix keeps detection cheap on huge files.
        let sample = String(text.prefix(64 * 1024))
        var best: (delimiter: SurveyDelimiter, score: (Int, Int, Int))?
        for candidate in allCases {
            let records = SurveyRecords(sample, delimiter: candidate.rawValue).records.prefix(21)
            guard let header = records.first, header.fields.count > 1 else { continue }
            let width = header.fields.count
            let rows = records.dropFirst()
            let same = rows.filter { $0.fields.count == width }.count
            // Rows that split into fewer fields than the header are worse than an exact match but still plausible
            // (trailing blanks cut off); rows with more are a sign of the wrong delimiter.
            let wider = rows.filter { $0.fields.count > width }.count
            let score = (same - wider, width, -candidate.priority)
            if best == nil || score > best!.score { best = (candidate, score) }
        }
        return best?.delimiter ?? .comma
    }

    /// Ties go to the commonest delimiter.
    private var priority: Int {
        switch self {
        case .comma: 0
        case .semicolon: 1
        case .tab: 2
        }
    }
}
