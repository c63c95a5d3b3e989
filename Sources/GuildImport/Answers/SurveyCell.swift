import Foundation
import GuildCore

/// One answer cell of a level column, read without yet knowing the survey's scale: a number ("3", "3 - Proficient",
/// "4 (Expert)", "3,0"), a level's name ("Proficient", "Advanced", "Beginner"), interest markers ("2+" wants to learn,
/// "4*" happy to teach, "Can teach"), or a mix from a checkbox grid ("3 - Proficient; Want to learn").
struct SurveyCell: Equatable {
    /// A level as answered.
    enum Level: Equatable {
        /// A number on the survey's scale, with the level its label names when it has one ("1 - None" → .none).
        case number(Int, label: SkillLevel?)
        /// A level named in words: absolute, whatever the scale.
        case named(SkillLevel)
    }

    /// Why a cell cannot be read.
    enum Rejection: Error, Equatable {
        case fractional
        case trailingText
        case unknown
        case twoLevels
    }

    var level: Level?
    var learn: Bool?
    var teach: Bool?

    /// Whether a cell is no answer at all: empty, "-", "n/a".
    static func isBlank(_ text: String) -> Bool {
        // Most answers start with a digit; no blank word does.
        if let first = text.utf8.first, first >= 0x30, first <= 0x39 { return false }
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return t.isEmpty || ["-", "–", "—", "n/a", "na", "k.a.", "k. a.", "/"].contains(t)
    }

    /// Reads a level cell; nil for a blank one.
    static func parse(_ text: String) throws(Rejection) -> SurveyCell? {
        // Most answers are a bare number ("3"): read as the full rules below read it, without their string work.
        if (1...3).contains(text.utf8.count), text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return SurveyCell(level: .number(text.utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) }, label: nil))
        }
        guard !isBlank(text) else { return nil }
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var cell = SurveyCell()
        // Guild's own markers: "2+" wants to learn, "4*" happy to teach (as `guild export matrix` writes them).
        while let last = body.last, last == "+" || last == "*" {
            if last == "+" { cell.learn = true } else { cell.teach = true }
            body = String(body.dropLast()).trimmingCharacters(in: .whitespaces)
        }
        if cell.learn != nil || cell.teach != nil {
            cell.learn = cell.learn ?? false
            cell.teach = cell.teach ?? false
        }
        if body.isEmpty { return cell }
        // A checkbox grid or a hand-typed mix: "3 - Proficient; Can teach", "Advanced, want to learn". A decimal
        // comma ("2,5") is a number, not a list.
        let digitsAndComma = body.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "," }
        let decimal = digitsAndComma && body.filter({ $0 == "," }).count == 1 && body.first != "," && body.last != ","
        let pieces = body.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "&" || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if !decimal, pieces.count > 1, let parts = try? pieces.map({ piece throws(Rejection) in try part(piece) }),
           parts.allSatisfy({ $0 != nil }) {
            var mixed = cell
            for part in parts.compactMap({ $0 }) {
                if part.level != nil, mixed.level != nil { throw .twoLevels }
                mixed.merge(part)
            }
            return mixed
        }
        guard let part = try part(body) else { throw .unknown }
        cell.merge(part)
        return cell
    }

    /// One piece: a number, a level word or an interest phrase; nil when it is none of them.
    private static func part(_ text: String) throws(Rejection) -> SurveyCell? {
        if text.first?.isNumber ?? false {
            return SurveyCell(level: try number(text))
        }
        let words = plain(text)
        if let level = levelWords[words] { return SurveyCell(level: .named(level)) }
        if learnPhrases.contains(words) { return SurveyCell(learn: true) }
        if teachPhrases.contains(words) { return SurveyCell(teach: true) }
        return nil
    }

    /// "3", "3,0", "3 - Proficient", "3: Proficient", "4 (Expert)"; refuses "2.5" and "4 is wrong".
    private static func number(_ text: String) throws(Rejection) -> Level {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var value = 0
        while i < scalars.count, ("0"..."9").contains(scalars[i]) {
            value = value * 10 + Int(scalars[i].value - 48)
            i += 1
            if value > 1000 { throw .unknown }
        }
        // A decimal part: "3.0" and "3,0" are whole; "2.5" and "2,5" are not levels.
        if i + 1 < scalars.count, scalars[i] == "." || scalars[i] == ",", CharacterSet.decimalDigits.contains(scalars[i + 1]) {
            var j = i + 1
            var fraction = ""
            while j < scalars.count, CharacterSet.decimalDigits.contains(scalars[j]) {
                fraction.unicodeScalars.append(scalars[j])
                j += 1
            }
            if fraction.contains(where: { $0 != "0" }) { throw .fractional }
            i = j
        }
        let rest = String(String.UnicodeScalarView(scalars[i...])).trimmingCharacters(in: .whitespaces)
        if rest.isEmpty { return .number(value, label: nil) }
        var label: Substring
        if let first = rest.first, "-–—:=.)".contains(first) {
            label = rest.dropFirst()
        } else if rest.hasPrefix("("), rest.hasSuffix(")") {
            label = rest.dropFirst().dropLast()
        } else {
            throw .trailingText
        }
        label = label.drop(while: { $0 == " " })
        return .number(value, label: levelWords[plain(String(label))])
    }

    private mutating func merge(_ other: SurveyCell) {
        if let level = other.level { self.level = level }
        if let learn = other.learn { self.learn = learn }
        if let teach = other.teach { self.teach = teach }
    }

    /// A yes/no answer ("Yes", "Ja", "Oui", "x", or the column's own choice label as checkbox grids write it);
    /// nil when blank, and `.some(nil)` when it is neither.
    static func yesNo(_ text: String, label: String? = nil) -> Bool?? {
        guard !isBlank(text) else { return .some(nil) }
        let words = plain(text)
        if let label, words == plain(label) { return true }
        if ["yes", "y", "ja", "j", "oui", "si", "true", "wahr", "vrai", "x", "✓", "✔", "checked", "1"].contains(words) { return true }
        if ["no", "n", "nein", "non", "false", "falsch", "faux", "0"].contains(words) { return false }
        if learnPhrases.contains(words) || teachPhrases.contains(words) { return true }
        return nil
    }

    /// Whether an answer is a level's name (for telling level columns from other text).
    static func namesLevel(_ text: String) -> Bool { levelWords[plain(text)] != nil }

    /// Whether a checkbox answer says "none of them".
    static func saysNone(_ text: String) -> Bool {
        ["none", "nothing", "no", "none of the above", "none of these", "nothing yet", "n/a", "nichts", "keine", "keins", "aucun",
         "aucune", "rien", "ninguno", "nada"].contains(plain(text))
    }

    /// `text` without surrounding whitespace and line breaks; most cells have none, and are returned as they are.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F else {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return text
    }

    private static func plain(_ text: String) -> String {
        TextMatch.fold(text).trimmingCharacters(in: edges).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let edges = CharacterSet(charactersIn: " .!?:;\"'()").union(.whitespacesAndNewlines)

    /// Level names in the words forms use, English, German, French and Spanish; matched whole, never by prefix.
    static let levelWords: [String: SkillLevel] = {
        var words: [String: SkillLevel] = [:]
        let table: [(SkillLevel, [String])] = [
            (.none, ["none", "no", "no knowledge", "no experience", "never used", "never used it", "not at all", "nothing",
                     "keine", "keine kenntnisse", "keine erfahrung", "aucun", "aucune", "aucune connaissance", "nada", "ninguno"]),
            (.learning, ["learning", "beginner", "novice", "basic", "basics", "basic knowledge", "aware", "awareness",
                         "some knowledge", "familiar", "anfanger", "anfangerin", "einsteiger", "grundkenntnisse", "debutant",
                         "debutante", "notions", "principiante", "basico"]),
            (.working, ["working", "working knowledge", "intermediate", "competent", "practitioner", "comfortable",
                        "gute kenntnisse", "mittel", "intermediaire", "intermedio"]),
            (.proficient, ["proficient", "advanced", "skilled", "strong", "fortgeschritten", "sehr gute kenntnisse", "avance",
                           "avancee", "confirme", "confirmee", "avanzado"]),
            (.expert, ["expert", "expert / can teach", "expert/can teach", "expert, can teach", "master", "guru", "experte",
                       "expertin", "experto"]),
        ]
        for (level, names) in table { for name in names { words[name] = level } }
        return words
    }()

    static let learnPhrases: Set<String> = [
        "want to learn", "wants to learn", "would like to learn", "i want to learn", "interested", "interested in learning",
        "want to improve", "mochte lernen", "mochte ich lernen", "will lernen", "veux apprendre", "souhaite apprendre",
    ]
    static let teachPhrases: Set<String> = [
        "can teach", "happy to teach", "willing to teach", "could teach", "i can teach", "can mentor", "kann unterrichten",
        "kann vermitteln", "kann ich vermitteln", "peux enseigner", "peut enseigner",
    ]
}
