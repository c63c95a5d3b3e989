import GuildCore

extension NoteKindText {
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
