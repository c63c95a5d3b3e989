/// Why the store refused a change, as the runtime reports it: one line naming the file and the reason, and, when the
/// record changed on disk in a way that collides with the change, what is on disk now.
public struct SaveFailure: Sendable, Equatable, Error {
    /// One line: the file and why ("people/….json was changed elsewhere since it was loaded, in the same fields (role)").
    public var message: String
    /// Set when the record changed on disk since the change's base: the new base and the colliding fields.
    public var conflict: SaveConflict?

    /// A failure with its message, and the conflict when there is one.
    public init(_ message: String, conflict: SaveConflict? = nil) {
        self.message = message
        self.conflict = conflict
    }
}
