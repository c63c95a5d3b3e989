/// A yes/no question before a change that removes something (a delete, clearing a rating, ending a meeting left live);
/// yes makes the change.
public struct ConfirmDialog: Sendable, Equatable {
    /// The question ("Delete session “Zero-downtime migrations”?").
    public let question: String
    /// What else to know ("Its notes stay in the store. u undoes.").
    public let detail: String
    /// The change made on yes.
    public let change: RecordChange
    /// What yes does, as the question's title and its key hint say it ("delete", "end").
    public let verb: String

    /// Creates a question.
    init(question: String, detail: String, change: RecordChange, verb: String = "delete") {
        self.question = question
        self.detail = detail
        self.change = change
        self.verb = verb
    }
}
