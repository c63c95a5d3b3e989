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

/// The kinds of record a store holds, one folder each. A new kind adds its case here and registers its descriptor in
/// `RecordDescriptor.all` (README › Architecture › Adding a record kind).
public enum RecordKind: String, CaseIterable, Codable, Sendable, Comparable {
    case person = "people"
    case skill = "skills"
    case ratingSheet = "ratings"
    case session = "sessions"
    case note = "notes"
    case action = "actions"
    case learning = "learnings"
    case topic = "topics"
    case community = "communities"
    case solution = "solutions"
    case pairingRound = "pairings"
    /// A held meeting's progress (`MeetingProgress`), one file per held session.
    case meeting = "meetings"
    /// An anonymous rating of a live meeting (`MeetingVote`), one file per vote in a folder per session.
    case vote = "votes"

    /// The folder name inside the store.
    public var folder: String { rawValue }

    /// The kind's position in `allCases` (its declaration order), for per-kind arrays on hot paths: no hashing, no
    /// search. A case-only enum is stored as its case number, so this reads it; `RecordDescriptorTests` checks it
    /// against `allCases`.
    public var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

    /// Everything the domain knows about this kind (`RecordDescriptor.all` in `allCases` order).
    public var descriptor: RecordDescriptor { RecordDescriptor.all[ordinal] }

    public static func < (lhs: RecordKind, rhs: RecordKind) -> Bool {
        lhs.ordinal < rhs.ordinal
    }
}

extension RecordDescriptor {
    /// Every kind's descriptor, in `RecordKind.allCases` order: the one list a new kind is registered in.
    public static let all: [RecordDescriptor] = [
        Person.descriptor, Skill.descriptor, RatingSheet.descriptor, Session.descriptor, NoteEntry.descriptor,
        ActionItem.descriptor, Learning.descriptor, Topic.descriptor, Community.descriptor, Solution.descriptor,
        PairingRound.descriptor, MeetingProgress.descriptor, MeetingVote.descriptor,
    ]
}

/// The schema version this build writes and fully understands.
public enum Schema {
    /// Bumped whenever the meaning of a stored field changes; a newer store opens read-only.
    public static let current = 1
}
