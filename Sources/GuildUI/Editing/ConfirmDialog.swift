/// A yes/no question before a change that removes something (a delete, clearing a rating); yes makes the change.
public struct ConfirmDialog: Sendable, Equatable {
    /// The question ("Delete session “Zero-downtime migrations”?").
    public let question: String
    /// What else to know ("Its notes stay in the store. u undoes.").
    public let detail: String
    /// The change made on yes.
    public let change: RecordChange

    /// Creates a question.
    init(question: String, detail: String, change: RecordChange) {
        self.question = question
        self.detail = detail
        self.change = change
    }
}
