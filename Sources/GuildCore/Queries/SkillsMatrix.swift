import Foundation

/// People as rows and skills as columns, each cell the person's current rating of the skill.
public struct SkillsMatrix: Sendable, Equatable {
    /// Rows, sorted by name.
    public let people: [Person]
    /// Columns, sorted by category then name.
    public let skills: [Skill]
    /// Each person's current ratings, sorted by skill id: a short array per person, searched by halving (a table per
    /// person cost about three times the memory, 25 MB at 8,000 people rating 34 skills each).
    private let cells: [UUID: [SkillRating]]
    /// For each column, how many people rate themselves proficient (3) or better.
    public let coverage: [Int]

    /// Builds the matrix from everyone's current ratings.
    public init(data: GuildData, people: [Person]? = nil, skills: [Skill]? = nil) {
        let rows = people ?? Self.sortedPeople(Array(data.people.values))
        let columns = skills ?? Self.sortedSkills(Array(data.skills.values))
        var cells: [UUID: [SkillRating]] = [:]
        cells.reserveCapacity(rows.count)
        for person in rows {
            if let sheet = data.ratingSheets[person.id] { cells[person.id] = Self.currentRatings(sheet.ratings) }
        }
        // Per person, their proficient skills' columns: a few lookups each instead of one per cell of the matrix.
        var columnsOf: [UUID: [Int]] = [:]
        columnsOf.reserveCapacity(columns.count)
        for (column, skill) in columns.enumerated() { columnsOf[skill.id, default: []].append(column) }
        var coverage = [Int](repeating: 0, count: columns.count)
        for person in rows {
            guard let current = cells[person.id] else { continue }
            for rating in current where rating.level >= .proficient {
                for column in columnsOf[rating.skillID] ?? [] { coverage[column] += 1 }
            }
        }
        self.people = rows
        self.skills = columns
        self.cells = cells
        self.coverage = coverage
    }

    /// The current rating at a row and column, nil when the person never rated the skill.
    public func rating(row: Int, column: Int) -> SkillRating? {
        guard people.indices.contains(row), skills.indices.contains(column) else { return nil }
        return rating(person: people[row].id, skill: skills[column].id)
    }

    /// The current rating of a person in a skill.
    public func rating(person: UUID, skill: UUID) -> SkillRating? {
        guard let ratings = cells[person] else { return nil }
        let key = skill.orderKey
        var low = 0, high = ratings.count
        while low < high {
            let mid = (low + high) / 2
            if ratings[mid].skillID.orderKey < key { low = mid + 1 } else { high = mid }
        }
        return low < ratings.count && ratings[low].skillID == skill ? ratings[low] : nil
    }

    /// The latest rating of each skill in `ratings` (as `RatingSheet.current`: of two given at the same moment, the one
    /// recorded last), sorted by skill id; a sort of the positions instead of a table per person.
    static func currentRatings(_ ratings: [SkillRating]) -> [SkillRating] {
        let order = ratings.indices.sorted { a, b in
            let (ka, kb) = (ratings[a].skillID.orderKey, ratings[b].skillID.orderKey)
            if ka != kb { return ka < kb }
            if ratings[a].ratedAt != ratings[b].ratedAt { return ratings[a].ratedAt < ratings[b].ratedAt }
            return a < b
        }
        var result: [SkillRating] = []
        result.reserveCapacity(order.count)
        for (position, index) in order.enumerated() {
            // The last of each skill's run is its latest.
            if position + 1 == order.count || ratings[order[position + 1]].skillID != ratings[index].skillID {
                result.append(ratings[index])
            }
        }
        return result
    }

    /// People in `personOrder`, sorted with precomputed keys so few exact comparisons are needed.
    static func sortedPeople(_ people: [Person]) -> [Person] {
        SortKey.sorted(people, keys: people.map { SortKey.of($0.name) }, by: personOrder)
    }

    /// Skills in `skillOrder`, sorted with precomputed keys so few exact comparisons are needed.
    static func sortedSkills(_ skills: [Skill]) -> [Skill] {
        SortKey.sorted(skills, keys: skills.map { SortKey.of($0.category) + [0] + SortKey.of($0.name) }, by: skillOrder)
    }

    /// Name order, ignoring case and accents.
    public static func personOrder(_ a: Person, _ b: Person) -> Bool {
        let order = TextOrder.compare(a.name, b.name)
        return order == .orderedSame ? a.id.precedes(b.id) : order == .orderedAscending
    }

    /// Category, then name.
    public static func skillOrder(_ a: Skill, _ b: Skill) -> Bool {
        if a.category != b.category { return TextOrder.precedes(a.category, b.category) }
        let order = TextOrder.compare(a.name, b.name)
        return order == .orderedSame ? a.id.precedes(b.id) : order == .orderedAscending
    }
}
