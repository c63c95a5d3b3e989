import Foundation

/// An entry of the solutions catalogue (seed 003): a need, the solution we use, how long it takes, its risks, who knows it.
public struct Solution: Record, Hashable {
    public static let kind = RecordKind.solution

    public var id: UUID
    /// The feature or need ("send transactional e-mail").
    public var need: String
    /// The solution we use ("Postmark via our mailer service").
    public var solution: String
    /// Approximate time it takes to apply ("2–3 days").
    public var approximateTime: String
    public var risks: String
    public var experts: [UUID]
    public var skillIDs: [UUID]
    public var updatedAt: Date

    public init(id: UUID = UUID(), need: String, solution: String, approximateTime: String = "", risks: String = "",
                experts: [UUID] = [], skillIDs: [UUID] = [], updatedAt: Date) {
        self.id = id
        self.need = need
        self.solution = solution
        self.approximateTime = approximateTime
        self.risks = risks
        self.experts = experts
        self.skillIDs = skillIDs
        self.updatedAt = updatedAt
    }

    public func validate() throws(ValidationError) {
        try Check.notBlank(need, field: "need")
        try Check.notBlank(solution, field: "solution")
        try TextLimit.check(self)
    }

    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {
        visit(&need, "need", TextLimit.line)
        visit(&solution, "solution", TextLimit.line)
        visit(&approximateTime, "approximate time", TextLimit.name)
        visit(&risks, "risks", TextLimit.document)
    }
}
