import Foundation

/// One dated self- or survey-assessment of a person in a skill; a person's history is the list of these.
public struct SkillRating: Codable, Sendable, Hashable {
    public var skillID: UUID
    public var level: SkillLevel
    /// The person wants to learn this (pairing and topic suggestions use it).
    public var wantsToLearn: Bool
    /// The person is happy to teach this.
    public var happyToTeach: Bool
    public var ratedAt: Date

    public init(skillID: UUID, level: SkillLevel, wantsToLearn: Bool = false, happyToTeach: Bool = false, ratedAt: Date) {
        self.skillID = skillID
        self.level = level
        self.wantsToLearn = wantsToLearn
        self.happyToTeach = happyToTeach
        self.ratedAt = ratedAt
    }
}

/// A person's whole rating history in one record (the file `ratings/<person id>.json`); its id is the person's id.
public struct RatingSheet: Record, Hashable {
    public static let kind = RecordKind.ratingSheet

    /// The person this sheet belongs to.
    public var id: UUID
    /// Every rating ever given, oldest first per skill; the latest per skill is the current one.
    public var ratings: [SkillRating]
    public var updatedAt: Date

    public init(personID: UUID, ratings: [SkillRating] = [], updatedAt: Date) {
        self.id = personID
        self.ratings = ratings
        self.updatedAt = updatedAt
    }

    /// The person's id (the sheet's id).
    public var personID: UUID { id }

    /// The latest rating for each skill.
    public var current: [UUID: SkillRating] {
        var latest: [UUID: SkillRating] = [:]
        latest.reserveCapacity(ratings.count)
        for rating in ratings {
            if let seen = latest[rating.skillID], seen.ratedAt > rating.ratedAt { continue }
            latest[rating.skillID] = rating
        }
        return latest
    }

    /// The dated history of one skill, oldest first.
    public func history(of skillID: UUID) -> [SkillRating] {
        ratings.filter { $0.skillID == skillID }.sorted { $0.ratedAt < $1.ratedAt }
    }

    /// The rating of one skill in effect at `date`: the latest given at or before it (of two given at the same
    /// moment, the one recorded last), nil when none was given by then.
    public func rating(of skillID: UUID, asOf date: Date) -> SkillRating? {
        var found: SkillRating?
        for rating in ratings where rating.skillID == skillID && rating.ratedAt <= date {
            if let seen = found, seen.ratedAt > rating.ratedAt { continue }
            found = rating
        }
        return found
    }

    /// Appends a new dated rating, keeping the history; a rating identical to the one in effect at its date is not
    /// repeated (for a new rating that is the current one; a backdated one is compared with what held back then).
    public mutating func record(_ rating: SkillRating) {
        if let then = self.rating(of: rating.skillID, asOf: rating.ratedAt), then.level == rating.level,
           then.wantsToLearn == rating.wantsToLearn, then.happyToTeach == rating.happyToTeach {
            return
        }
        ratings.append(rating)
        ratings.sort { ($0.skillID.orderKey, $0.ratedAt) < ($1.skillID.orderKey, $1.ratedAt) }
        updatedAt = max(updatedAt, rating.ratedAt)
    }

    public func validate() throws(ValidationError) {
        // Levels are range-checked by decoding; nothing else can be wrong on its own.
    }
}
