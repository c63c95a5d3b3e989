/// A refused save as the screen tells it: the change, the store's reason, and the words the notice is made of.
struct SaveRefusal: Sendable, Equatable {
    /// The change the store refused.
    let change: RecordChange
    /// The store's one-line reason, and the conflict when the record changed on disk meanwhile.
    let failure: SaveFailure
    /// "Not saved", "Not deleted", "Not undone" or "Not redone".
    let verb: String
    /// What the change is about ("person “Zoë Ångström”").
    let what: String

    /// The refusal's status line: "Not saved: person “Zoë” — people/….json is read-only".
    var reason: String {
        "\(verb): \(what) — \(failure.message)"
    }
}
