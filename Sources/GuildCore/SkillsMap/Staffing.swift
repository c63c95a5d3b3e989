import Foundation

/// Staffing suggestions: given the skills a piece of work needs, people ranked by how much they cover, learners' growth shown.
public enum Staffing {
    /// Everyone with any level or interest in the needed skills, best coverage first; people away last. Ties: more growth
    /// first (a chance to learn), then name.
    public static func suggest(skills needed: [UUID], in data: GuildData) -> [StaffingCandidate] {
        let needed = needed.filter { data.skills[$0] != nil }
        guard !needed.isEmpty else { return [] }
        let ratings = CurrentRatings(data)
        var candidates: [StaffingCandidate] = []
        for person in data.people.values {
            var points = 0
            var covered: [UUID] = []
            var growth: [UUID] = []
            for skill in needed {
                let level = ratings.level(person.id, skill)
                points += min(level.rawValue, SkillLevel.proficient.rawValue)
                if level >= .proficient { covered.append(skill) }
                if ratings.wantsToLearn(person.id, skill) { growth.append(skill) }
            }
            guard points > 0 || !growth.isEmpty else { continue }
            let coverage = Double(points) / Double(needed.count * SkillLevel.proficient.rawValue)
            candidates.append(StaffingCandidate(personID: person.id, coverage: coverage, covered: covered, growth: growth,
                                                away: person.isAway))
        }
        return candidates.sorted { a, b in
            if a.away != b.away { return !a.away }
            if a.coverage != b.coverage { return a.coverage > b.coverage }
            if a.growth.count != b.growth.count { return a.growth.count > b.growth.count }
            return SkillsMatrix.personOrder(data.people[a.personID]!, data.people[b.personID]!)
        }
    }

    /// Skills named in `text` ("Kubernetes, Go; PostgreSQL"), and the names that are not skills.
    public static func skills(named text: String, in data: GuildData) -> (skills: [UUID], unknown: [String]) {
        var found: [UUID] = []
        var unknown: [String] = []
        for name in text.split(whereSeparator: { $0 == "," || $0 == ";" }).map({ $0.trimmingCharacters(in: .whitespaces) })
        where !name.isEmpty {
            if let skill = data.skill(named: name) {
                if !found.contains(skill.id) { found.append(skill.id) }
            } else { unknown.append(name) }
        }
        return (found, unknown)
    }
}
