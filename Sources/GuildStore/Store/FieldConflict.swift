/// One top-level field of a record that a save could not merge: this writer's value and the one on disk now.
public struct FieldConflict: Sendable, Equatable, CustomStringConvertible {
    /// The field's name in the record file (`team`, `role`, `attendees`…).
    public var name: String
    /// This writer's value; nil when its version has no such field (or, for a delete, the field as the writer saw it).
    public var mine: JSONValue?
    /// The value on disk now; nil when the file has no such field or was deleted.
    public var theirs: JSONValue?

    public init(name: String, mine: JSONValue?, theirs: JSONValue?) {
        self.name = name
        self.mine = mine
        self.theirs = theirs
    }

    public var description: String {
        "\(name): yours \(Self.text(mine)), on disk \(Self.text(theirs))"
    }

    /// A short one-line rendering of a field value for messages.
    public static func text(_ value: JSONValue?) -> String {
        guard let value else { return "(none)" }
        switch value {
        case .null: return "(none)"
        case .bool(let flag): return flag ? "yes" : "no"
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .string(let text): return "\"\(text)\""
        case .array(let items): return "[" + items.map { text($0) }.joined(separator: ", ") + "]"
        case .object(let members): return "{" + members.keys.sorted().map { "\($0): \(text(members[$0]))" }.joined(separator: ", ") + "}"
        }
    }
}
