/// Names of note kinds, as the meeting screen and the note form show them.
public enum NoteKindText {
    /// "Decision", "Strong support".
    public static func name(_ kind: NoteEntry.Kind) -> String {
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
}
