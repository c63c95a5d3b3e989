import Foundation
import GuildCore

/// What a column title says on its own, before its answers are looked at: the vocabulary of form tools and
/// spreadsheets (English, German, French, Spanish) for names, e-mail, metadata, and wanting to learn or teach.
enum SurveyHeader {
    /// What a title alone names.
    enum Meaning: Equatable {
        case fullName, firstName, lastName, email, handle
        /// Fixed columns of form tools (timestamps, ids, scores) and other columns that are never answers.
        case metadata
        case interest(SurveyInterest)
        /// Mentions both learning and teaching: cannot be read as either.
        case learnAndTeach
        case other
    }

    /// Lowercased, accents and width folded, curly apostrophes straightened, Typeform's `*`/`_` emphasis and
    /// surrounding punctuation removed, runs of blanks collapsed: "What’s your *name*?" → "what's your name".
    static func plain(_ title: String) -> String {
        var text = TextMatch.fold(title)
            .replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
            .replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "_", with: " ")
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let edges = CharacterSet(charactersIn: "?:!.;,=-–—") .union(.whitespacesAndNewlines)
        text = text.trimmingCharacters(in: edges)
        // A question number in front: "3. What's your name", "Q3) …".
        if let range = text.range(of: #"^(q|question )?\d{1,3}[.)]\s+"#, options: .regularExpression) {
            text.removeSubrange(range)
        }
        return text
    }

    /// The grid row or Likert statement a title names, when it has one: "Rate your skills [Kubernetes]" →
    /// "Kubernetes" (Google Forms grids), "Rate your skills.Kubernetes" → candidates "Kubernetes" (Microsoft Forms
    /// Likert questions in Excel, where statements with dots such as "Node.js" are also tried whole).
    static func subjects(_ title: String) -> [String] {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") {
            let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            let subject = inside.trimmingCharacters(in: .whitespaces)
            return subject.isEmpty ? [] : [subject]
        }
        // "Question.Statement": every split after a dot whose question part is at least a few characters.
        var candidates: [String] = []
        var index = trimmed.startIndex
        while let dot = trimmed[index...].firstIndex(of: ".") {
            let after = trimmed.index(after: dot)
            let question = trimmed[..<dot]
            let statement = trimmed[after...].trimmingCharacters(in: .whitespaces)
            if question.count >= 3, !statement.isEmpty, !(statement.first?.isNumber ?? false) {
                candidates.append(statement)
            }
            index = after
        }
        return candidates
    }

    /// The question part of a titled subject: "Rate your skills [Kubernetes]" → "rate your skills".
    static func question(_ title: String, subject: String) -> String {
        var text = title
        if let range = text.range(of: subject, options: [.backwards, .caseInsensitive]) { text.removeSubrange(range) }
        return plain(text.replacingOccurrences(of: "[]", with: ""))
    }

    /// What the title alone means.
    static func meaning(_ title: String) -> Meaning {
        let text = plain(title)
        if text.isEmpty { return .other }
        if fullNames.contains(text) { return .fullName }
        if firstNames.contains(text) { return .firstName }
        if lastNames.contains(text) { return .lastName }
        if handles.contains(text) { return .handle }
        if isEmail(text) { return .email }
        if isMetadata(text) { return .metadata }
        let learns = mentionsLearning(text)
        let teaches = mentionsTeaching(text)
        if learns && teaches { return .learnAndTeach }
        if learns { return .interest(.learn) }
        if teaches { return .interest(.teach) }
        return .other
    }

    /// Whether a title asks how well someone knows something ("How would you rate your skill in …", "Level").
    static func asksForLevel(_ title: String) -> Bool {
        let text = plain(title)
        return ratingCues.contains { text.contains($0) }
    }

    /// A scale a title states: "(1-5)", "1 = none, 5 = expert", "from 0 to 4".
    static func statedScale(_ title: String) -> SurveyScale? {
        let text = plain(title)
        let patterns = [#"\b([01])\s*(?:-|–|—|to|bis|à|a|…|\.\.)\s*(\d{1,2})\b"#, #"\b([01])\s*=.*?\b(\d{1,2})\s*="#]
        for pattern in patterns {
            guard let match = text.range(of: pattern, options: .regularExpression) else { continue }
            let digits = text[match].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            if digits.count >= 2, let scale = SurveyScale(lowest: digits[0], highest: digits[digits.count - 1]) { return scale }
        }
        return nil
    }

    static func mentionsLearning(_ text: String) -> Bool {
        ["learn", "lernen", "apprendre", "aprender", "interested in", "interessiert", "improve", "get better at"].contains { text.contains($0) }
    }

    static func mentionsTeaching(_ text: String) -> Bool {
        ["teach", "mentor", "coach", "unterricht", "beibringen", "vermitteln", "enseigner", "transmettre", "ensenar", "help others",
         "share your knowledge", "present on", "give a talk"].contains { text.contains($0) }
    }

    private static func isEmail(_ text: String) -> Bool {
        ["email", "e-mail", "e mail", "mail address", "mail-adresse", "mailadresse", "courriel", "adresse electronique", "correo"].contains {
            text.contains($0)
        }
    }

    private static func isMetadata(_ text: String) -> Bool {
        if metadata.contains(text) { return true }
        return ["points - ", "feedback - ", "punkte - "].contains { text.hasPrefix($0) }
    }

    static let fullNames: Set<String> = [
        "name", "full name", "fullname", "your name", "your full name", "what's your name", "what is your name",
        "what's your full name", "what is your full name", "name (first and last)", "first and last name", "name and surname",
        "respondent", "respondent name", "person", "employee", "employee name", "display name", "participant",
        "vollstandiger name", "dein name", "ihr name", "wie heißt du", "wie heisst du", "nom complet", "votre nom",
        "nom", "nom et prenom", "prenom et nom", "quel est votre nom", "nombre", "nombre completo", "tu nombre", "nome",
    ]
    static let firstNames: Set<String> = ["first name", "firstname", "given name", "forename", "vorname", "prenom", "what's your first name"]
    static let lastNames: Set<String> = [
        "last name", "lastname", "surname", "family name", "nachname", "familienname", "nom de famille", "apellido", "apellidos",
        "what's your last name",
    ]
    static let handles: Set<String> = [
        "handle", "guild handle", "username", "user name", "login", "slack handle", "slack", "github", "github handle",
        "benutzername", "nom d'utilisateur",
    ]
    static let metadata: Set<String> = [
        "timestamp", "zeitstempel", "horodateur", "marca temporal", "#", "id", "start time", "completion time",
        "last modified time", "start date (utc)", "submit date (utc)", "stage date (utc)", "network id", "response type",
        "tags", "ending", "total points", "quiz feedback", "score", "other", "team", "team name", "department",
        "role", "job title", "comments", "comment", "notes", "note", "anything else", "equipe", "nom de l'equipe", "abteilung",
        "bemerkung", "bemerkungen", "kommentar", "commentaire", "commentaires", "remarques", "company", "firma", "entreprise",
        "phone number", "telefon", "telephone",
    ]
    private static let ratingCues = [
        "rate", "rating", "level", "skill", "proficien", "experience", "how well", "how good", "how comfortable",
        "how familiar", "how confident", "expertise", "knowledge", "kenntnis", "niveau", "bewert", "wie gut",
        "competenc", "nivel",
    ]
}
