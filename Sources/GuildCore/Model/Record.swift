import Foundation

/// A value the store keeps in a file of its own: a stable id, a kind that names its folder, and the time it last changed.
public protocol Record: Identifiable, Codable, Sendable, Equatable where ID == UUID {
    /// Which folder of the store holds records of this type.
    static var kind: RecordKind { get }
    /// The record's stable identity; never a position.
    var id: UUID { get }
    /// When the record was last changed (UTC), used by merges to pick the later field.
    var updatedAt: Date { get set }
    /// Checks the record's own rules (non-empty names, levels in range…); throws `ValidationError`.
    func validate() throws(ValidationError)
    /// A sub-folder inside the kind's folder, for records that belong to another (a note to its session); nil for most.
    var groupID: UUID? { get }
    /// Calls `visit` with every text field a person wrote, the field's name and its longest length (`TextLimit`), so
    /// `validate()` refuses a longer one and loading cuts it for display.
    mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void)
}

extension Record {
    public var groupID: UUID? { nil }

    /// No text fields.
    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {}
}

/// The schema version this build writes and fully understands.
public enum Schema {
    /// Bumped whenever the meaning of a stored field changes; a newer store opens read-only.
    public static let current = 1
}
