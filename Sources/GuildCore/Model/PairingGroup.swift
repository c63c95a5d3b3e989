import Foundation

/// A pair (or the round's trio) in a pairing round, with the skill that brought them together, if any.
public struct PairingGroup: Codable, Sendable, Hashable, Identifiable {
    public var id: UUID
    /// Two people, or three for the trio of an odd count.
    public var members: [UUID]
    /// The skill one can teach and another wants to learn; nil for a pair that simply mixes teams.
    public var skillID: UUID?
    /// Who can teach `skillID`.
    public var teacher: UUID?
    /// Who wants to learn `skillID`.
    public var learner: UUID?

    public init(id: UUID = UUID(), members: [UUID], skillID: UUID? = nil, teacher: UUID? = nil, learner: UUID? = nil) {
        self.id = id
        self.members = members
        self.skillID = skillID
        self.teacher = teacher
        self.learner = learner
    }

    /// Every unordered pair inside the group (one for a pair, three for a trio), each as (smaller id, larger id).
    public var pairKeys: [PairKey] {
        var keys: [PairKey] = []
        for i in members.indices {
            for j in members.indices where j > i { keys.append(PairKey(members[i], members[j])) }
        }
        return keys
    }
}
