import Foundation

/// Someone on the team: who they are, where they sit, and whether they take part in rotations right now.
public struct Person: Record, Hashable {
    public static let kind = RecordKind.person

    public var id: UUID
    /// The full name as the person writes it ("Zoë Ångström", "李雷").
    public var name: String
    /// A short unique handle used in quick-add and on the command line ("zoe").
    public var handle: String
    public var team: String
    /// Their role ("backend engineer", "designer").
    public var role: String
    public var email: String?
    /// Away (leave, holiday): skipped by rotations and pairing.
    public var away: Bool?
    /// Opted out of the pairing roulette.
    public var pairingOptOut: Bool?
    public var updatedAt: Date

    public init(id: UUID = UUID(), name: String, handle: String, team: String = "", role: String = "",
                email: String? = nil, away: Bool? = nil, pairingOptOut: Bool? = nil, updatedAt: Date) {
        self.id = id
        self.name = name
        self.handle = handle
        self.team = team
        self.role = role
        self.email = email
        self.away = away
        self.pairingOptOut = pairingOptOut
        self.updatedAt = updatedAt
    }

    /// Whether the person is away right now.
    public var isAway: Bool { away ?? false }

    public func validate() throws(ValidationError) {
        try Check.notBlank(name, field: "name")
        try Check.handle(handle)
        try TextLimit.check(self)
    }

    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {
        visit(&name, "name", TextLimit.name)
        visit(&team, "team", TextLimit.name)
        visit(&role, "role", TextLimit.name)
        if var value = email {
            visit(&value, "email", TextLimit.email)
            email = value
        }
    }
}
