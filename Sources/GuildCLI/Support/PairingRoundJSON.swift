import Foundation
import GuildCore

/// A pairing round as `--json` output (`guild pairs draw`, `guild pairs history`).
struct PairingRoundJSON: Codable, Equatable {
    /// One group of two or three.
    struct Group: Codable, Equatable {
        var id: UUID
        var members: [PersonRef]
        var skill: SkillRef?
        var teacher: PersonRef?
        var learner: PersonRef?
    }

    /// One feedback note.
    struct Feedback: Codable, Equatable {
        var id: UUID
        var groupID: UUID
        var author: PersonRef?
        var text: String
        var shared: Bool
        var createdAt: Date
    }

    /// Someone who sat the round out, and why (away, opted out).
    struct Skipped: Codable, Equatable {
        var person: PersonRef
        var reason: String
    }

    var roundID: UUID
    var drawnAt: Date
    var seed: UInt64
    /// Whether the round was saved (false for `--dry-run`).
    var recorded: Bool
    var groups: [Group]
    var feedback: [Feedback]
    var skipped: [Skipped]?

    init(_ round: PairingRound, recorded: Bool, skipped: [(personID: UUID, reason: PairingDraw.SkipReason)]? = nil, in data: GuildData) {
        roundID = round.id
        drawnAt = round.drawnAt
        seed = round.seed
        self.recorded = recorded
        groups = round.groups.map { group in
            Group(id: group.id, members: group.members.map { PersonRef($0, in: data) }, skill: group.skillID.map { SkillRef($0, in: data) },
                  teacher: group.teacher.map { PersonRef($0, in: data) }, learner: group.learner.map { PersonRef($0, in: data) })
        }
        feedback = round.feedback.map { note in
            Feedback(id: note.id, groupID: note.groupID, author: note.author.map { PersonRef($0, in: data) }, text: note.text,
                     shared: note.shared, createdAt: note.createdAt)
        }
        self.skipped = skipped?.map { Skipped(person: PersonRef($0.personID, in: data), reason: $0.reason.rawValue) }
    }
}
