import Foundation

/// How the full skills matrix is sorted and filtered: by person, team, a skill's levels or coverage; by team, category,
/// minimum level and interest.
public struct MatrixOptions: Sendable, Hashable {
    /// What the matrix is sorted by.
    public enum Sort: String, CaseIterable, Sendable, Hashable {
        /// Rows by name, columns by category.
        case person
        /// Rows by team then name.
        case team
        /// Rows by their level in `sortSkill` (highest first).
        case skill
        /// Columns by coverage, thinnest first.
        case coverage

        /// The next sort in the cycle.
        public var next: Sort { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
    }

    /// Which interest a row must show among the visible skills.
    public enum Interest: String, CaseIterable, Sendable, Hashable {
        case any
        case wantsToLearn = "wants to learn"
        case happyToTeach = "happy to teach"

        /// The next filter in the cycle.
        public var next: Interest { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
    }

    public var sort: Sort = .person
    /// The skill `.skill` sorts by.
    public var sortSkill: UUID?
    /// Only people of this team (compared ignoring case and accents).
    public var team: String?
    /// Only skills of this category.
    public var category: String?
    /// Only people with at least one visible skill at this level or more.
    public var minimumLevel: SkillLevel = .none
    public var interest: Interest = .any

    public init(sort: Sort = .person, sortSkill: UUID? = nil, team: String? = nil, category: String? = nil,
                minimumLevel: SkillLevel = .none, interest: Interest = .any) {
        self.sort = sort
        self.sortSkill = sortSkill
        self.team = team
        self.category = category
        self.minimumLevel = minimumLevel
        self.interest = interest
    }

    /// Whether any filter is on.
    public var isFiltered: Bool { team != nil || category != nil || minimumLevel > .none || interest != .any }

    /// The matrix with these options applied; `ratings` are the data's current ratings when the caller keeps them.
    public func matrix(_ data: GuildData, ratings known: CurrentRatings? = nil) -> SkillsMatrix {
        let ratings = known ?? CurrentRatings(data)
        var skills = data.skills.values.filter { category == nil || TextMatch.fold($0.category) == TextMatch.fold(category!) }
        var people = data.people.values.filter { team == nil || TextMatch.fold($0.team) == TextMatch.fold(team!) }
        if minimumLevel > .none {
            people = people.filter { person in skills.contains { ratings.level(person.id, $0.id) >= minimumLevel } }
        }
        switch interest {
        case .any: break
        case .wantsToLearn: people = people.filter { p in skills.contains { ratings.rating(p.id, $0.id)?.wantsToLearn ?? false } }
        case .happyToTeach: people = people.filter { p in skills.contains { ratings.rating(p.id, $0.id)?.happyToTeach ?? false } }
        }
        // Sorted by precomputed keys (`SortKey`), as the home screen's matrix is: a locale-aware comparison per pair
        // was most of building the matrix at organisation scale.
        switch sort {
        case .person, .skill:
            people = SkillsMatrix.sortedPeople(people)
        case .team, .coverage:
            people = SortKey.sorted(people, keys: people.map { SortKey.of($0.team) + [0] + SortKey.of($0.name) }) { a, b in
                let order = TextOrder.compare(a.team, b.team)
                return order == .orderedSame ? SkillsMatrix.personOrder(a, b) : order == .orderedAscending
            }
        }
        if sort == .skill, let sortSkill {
            // Stable on the name order above.
            people = people.enumerated().sorted { a, b in
                let (la, lb) = (ratings.level(a.element.id, sortSkill), ratings.level(b.element.id, sortSkill))
                return la != lb ? la > lb : a.offset < b.offset
            }.map(\.element)
        }
        skills = SkillsMatrix.sortedSkills(skills)
        if sort == .coverage {
            let coverage = Dictionary(uniqueKeysWithValues: skills.map { skill in
                (skill.id, people.filter { ratings.level($0.id, skill.id) >= .proficient }.count)
            })
            skills = skills.enumerated().sorted { a, b in
                let (ca, cb) = (coverage[a.element.id]!, coverage[b.element.id]!)
                return ca != cb ? ca < cb : a.offset < b.offset
            }.map(\.element)
        }
        return SkillsMatrix(data: data, people: people, skills: skills)
    }

    /// The teams present, sorted, for cycling the team filter.
    public static func teams(_ data: GuildData) -> [String] {
        Array(Set(data.people.values.map(\.team).filter { !$0.isEmpty })).sorted { TextOrder.precedes($0, $1) }
    }

    /// The categories present, sorted, for cycling the category filter.
    public static func categories(_ data: GuildData) -> [String] {
        Array(Set(data.skills.values.map(\.category).filter { !$0.isEmpty })).sorted { TextOrder.precedes($0, $1) }
    }
}
