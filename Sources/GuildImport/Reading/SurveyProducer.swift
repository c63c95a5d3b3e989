/// The tool that most likely wrote a survey file, recognised from its fixed columns; shown to people so they can
/// tell the file was understood, and used to read those fixed columns (timestamps, response ids) as metadata.
public enum SurveyProducer: String, Sendable, Equatable {
    case googleForms = "Google Forms"
    case microsoftForms = "Microsoft Forms"
    case typeform = "Typeform"
    case guildMatrix = "guild export matrix"
    case spreadsheet = "a spreadsheet"

    /// Recognises the producer from the header titles.
    static func detect(_ header: [String]) -> SurveyProducer {
        let titles = header.map { SurveyHeader.plain($0) }
        if titles.starts(with: ["id", "start time", "completion time"]) { return .microsoftForms }
        if titles.first == "#", titles.contains("submit date (utc)") || titles.contains("network id") { return .typeform }
        if let first = titles.first, ["timestamp", "zeitstempel", "horodateur", "marca temporal", "informazioni cronologiche"].contains(first) {
            return .googleForms
        }
        if titles.starts(with: ["name", "handle", "e-mail", "team"]) { return .guildMatrix }
        return .spreadsheet
    }
}
