import GuildCore

/// Names and one-character badges for note kinds, as the meeting screen shows them.
enum NoteKindText {
    /// "Decision", "Strong support".
    static func name(_ kind: NoteEntry.Kind) -> String {
        switch kind {
        case .note: "Note"
        case .decision: "Decision"
        case .support: "Support"
        case .objection: "Objection"
        case .question: "Question"
        case .learning: "Learning"
        case .success: "Success"
        case .frustration: "Frustration"
        case .pairing: "Pairing"
        }
    }

    /// The theme role a kind's badge uses.
    static func role(_ kind: NoteEntry.Kind) -> ThemeRole {
        switch kind {
        case .decision: .accent
        case .support, .success: .success
        case .objection, .frustration: .warning
        case .question: .title
        case .learning, .pairing: .interest
        case .note: .muted
        }
    }
}
