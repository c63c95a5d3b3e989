import Foundation

/// One round of the pairing roulette (seed 003): the pairs (and at most one trio) proposed on a day, with feedback noted later.
public struct PairingRound: Record, Hashable {
    public static let kind = RecordKind.pairingRound

    public var id: UUID
    /// When the round was drawn; rounds are ordered by it ("the last several rounds").
    public var drawnAt: Date
    /// The seed the draw used, so a round can be explained and re-drawn the same way.
    public var seed: UInt64
    /// The pairs and the trio, if any.
    public var groups: [PairingGroup]
    /// What people said about their pairing, shared in the weekly meeting.
    public var feedback: [PairingFeedback]
    public var updatedAt: Date

    public init(id: UUID = UUID(), drawnAt: Date, seed: UInt64, groups: [PairingGroup], feedback: [PairingFeedback] = [],
                updatedAt: Date? = nil) {
        self.id = id
        self.drawnAt = drawnAt
        self.seed = seed
        self.groups = groups
        self.feedback = feedback
        self.updatedAt = updatedAt ?? drawnAt
    }

    /// Everyone paired in this round.
    public var members: Set<UUID> { Set(groups.flatMap(\.members)) }

    /// The group `person` is in, if any.
    public func group(of person: UUID) -> PairingGroup? {
        groups.first { $0.members.contains(person) }
    }

    /// Notes feedback on one of the round's groups (shared later in the weekly meeting).
    public mutating func note(_ entry: PairingFeedback) {
        feedback.append(entry)
        updatedAt = max(updatedAt, entry.createdAt)
    }

    /// Marks every feedback entry as shared in a meeting.
    public mutating func markFeedbackShared(at time: Date) {
        guard feedback.contains(where: { !$0.shared }) else { return }
        for index in feedback.indices { feedback[index].shared = true }
        updatedAt = max(updatedAt, time)
    }

    public func validate() throws(ValidationError) {
        var seen: Set<UUID> = []
        for group in groups {
            guard (2...3).contains(group.members.count) else {
                throw ValidationError(field: "groups", "a group has \(group.members.count) people; pairs have 2 and a trio 3")
            }
            for member in group.members {
                guard seen.insert(member).inserted else { throw ValidationError(field: "groups", "someone is in two groups") }
            }
        }
        let groupIDs = Set(groups.map(\.id))
        for note in feedback {
            try Check.notBlank(note.text, field: "feedback")
            guard groupIDs.contains(note.groupID) else {
                throw ValidationError(field: "feedback", "feedback names a pairing that is not in this round")
            }
        }
        try TextLimit.check(self)
    }

    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {
        for index in feedback.indices {
            visit(&feedback[index].text, "feedback", TextLimit.paragraph)
        }
    }
}
