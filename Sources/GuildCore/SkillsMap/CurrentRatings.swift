import Foundation

/// Everyone's current rating of every skill, computed once from the rating histories.
public struct CurrentRatings: Sendable, Equatable {
    private let byPerson: [UUID: [UUID: SkillRating]]

    public init(_ data: GuildData) {
        var byPerson: [UUID: [UUID: SkillRating]] = [:]
        for (personID, sheet) in data.ratingSheets where data.people[personID] != nil {
            byPerson[personID] = sheet.current
        }
        self.byPerson = byPerson
    }

    /// The person's current rating of the skill, if any.
    public func rating(_ person: UUID, _ skill: UUID) -> SkillRating? { byPerson[person]?[skill] }

    /// The person's current level in the skill (none when never rated).
    public func level(_ person: UUID, _ skill: UUID) -> SkillLevel { byPerson[person]?[skill]?.level ?? .none }

    /// Every current rating of one person.
    public func ratings(of person: UUID) -> [UUID: SkillRating] { byPerson[person] ?? [:] }

    /// Whether the person can teach the skill: proficient and happy to teach, or expert.
    public func canTeach(_ person: UUID, _ skill: UUID) -> Bool {
        rating(person, skill).map(Self.canTeach) ?? false
    }

    /// Whether a rating says its person can teach its skill: proficient and happy to teach, or expert.
    public static func canTeach(_ rating: SkillRating) -> Bool {
        rating.level == .expert || (rating.level >= .proficient && rating.happyToTeach)
    }

    /// Whether the person wants to learn the skill and is not yet proficient.
    public func wantsToLearn(_ person: UUID, _ skill: UUID) -> Bool {
        rating(person, skill).map(Self.wantsToLearn) ?? false
    }

    /// Whether a rating says its person wants to learn its skill and is not yet proficient.
    public static func wantsToLearn(_ rating: SkillRating) -> Bool {
        rating.wantsToLearn && rating.level < .proficient
    }
}
