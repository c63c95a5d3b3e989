/// Why a record or an input was refused, in words a user can act on.
public struct ValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The field at fault, as a user would name it ("title", "level", "due").
    public var field: String
    /// What is wrong, one short sentence without a trailing period.
    public var message: String

    public init(field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}
