/// Why a form cannot be saved, pointing at the field to fix (by id), in words the user can act on.
public struct FieldError: Error, Sendable, Equatable {
    /// The id of the field at fault; empty when it is about the whole form.
    public var field: String
    /// What is wrong, in words the user can act on.
    public var message: String

    /// Creates an error about `field`.
    public init(field: String, _ message: String) {
        self.field = field
        self.message = message
    }
}
