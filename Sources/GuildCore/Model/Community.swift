import Foundation

/// A community of practice (seed 001): a domain, its members, a stage and objectives.
public struct Community: Record, Hashable {
    public static let kind = RecordKind.community

    /// The stages a community grows through.
    public enum Stage: String, CaseIterable, Codable, Sendable {
        case initiation, building, maturing, sustaining
    }

    public var id: UUID
    public var name: String
    /// The shared area of interest.
    public var domain: String
    public var members: [UUID]
    public var stage: Stage
    public var objectives: [Objective]
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID = UUID(), name: String, domain: String, members: [UUID] = [], stage: Stage = .initiation,
                objectives: [Objective] = [], createdAt: Date, updatedAt: Date? = nil) {
        self.id = id
        self.name = name
        self.domain = domain
        self.members = members
        self.stage = stage
        self.objectives = objectives
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    public func validate() throws(ValidationError) {
        try Check.notBlank(name, field: "name")
        for objective in objectives {
            try Check.notBlank(objective.text, field: "objective")
        }
        try TextLimit.check(self)
    }

    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {
        visit(&name, "name", TextLimit.name)
        visit(&domain, "domain", TextLimit.line)
        for index in objectives.indices {
            visit(&objectives[index].text, "objective", TextLimit.line)
        }
    }
}

/// A measurable objective of a community and how it is going.
public struct Objective: Codable, Sendable, Hashable, Identifiable {
    /// Progress towards an objective.
    public enum Status: String, CaseIterable, Codable, Sendable {
        case open, onTrack = "on-track", atRisk = "at-risk", met, dropped
    }

    public var id: UUID
    public var text: String
    public var status: Status

    public init(id: UUID = UUID(), text: String, status: Status = .open) {
        self.id = id
        self.text = text
        self.status = status
    }
}
