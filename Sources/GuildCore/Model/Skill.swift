import Foundation

/// Something people can know: a language, a tool, a practice ("Kubernetes", category "Infrastructure").
public struct Skill: Record, Hashable {
    public static let kind = RecordKind.skill

    public var id: UUID
    public var name: String
    public var category: String
    /// Marked critical by the team: thin coverage here is a risk worth a session.
    public var critical: Bool?
    public var updatedAt: Date

    public init(id: UUID = UUID(), name: String, category: String = "", critical: Bool? = nil, updatedAt: Date) {
        self.id = id
        self.name = name
        self.category = category
        self.critical = critical
        self.updatedAt = updatedAt
    }

    /// Whether the team marked this skill critical.
    public var isCritical: Bool { critical ?? false }

    public func validate() throws(ValidationError) {
        try Check.notBlank(name, field: "name")
        try TextLimit.check(self)
    }

    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {
        visit(&name, "name", TextLimit.skillName)
        visit(&category, "category", TextLimit.skillName)
    }
}
