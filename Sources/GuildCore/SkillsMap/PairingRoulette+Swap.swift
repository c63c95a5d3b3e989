import Foundation

extension PairingRoulette {
    /// The round with `a` and `b` (in two different groups) trading places: each takes the other's seat, and the two
    /// groups' teach/learn skill is worked out again for their new members (the biggest level difference, then the
    /// skill order). Nil when either is not in the round or both are in one group. Group and round ids are kept.
    public static func swap(_ a: UUID, _ b: UUID, in round: PairingRound, data: GuildData, ratings known: CurrentRatings? = nil) -> PairingRound? {
        guard a != b, let first = round.groups.firstIndex(where: { $0.members.contains(a) }),
              let second = round.groups.firstIndex(where: { $0.members.contains(b) }), first != second else { return nil }
        var swapped = round
        swapped.groups[first].members = swapped.groups[first].members.map { $0 == a ? b : $0 }
        swapped.groups[second].members = swapped.groups[second].members.map { $0 == b ? a : $0 }
        let ratings = known ?? CurrentRatings(data)
        var skillRank: [UUID: Int] = [:]
        for (rank, skill) in SkillsMatrix.sortedSkills(Array(data.skills.values)).enumerated() { skillRank[skill.id] = rank }
        for index in [first, second] {
            swapped.groups[index] = matched(swapped.groups[index], skillRank: skillRank, ratings: ratings)
        }
        return swapped
    }

    /// The group with the best teach/learn match among its members (nil skill when there is none).
    static func matched(_ group: PairingGroup, skillRank: [UUID: Int], ratings: CurrentRatings) -> PairingGroup {
        var group = group
        group.skillID = nil
        group.teacher = nil
        group.learner = nil
        var best: (gap: Int, rank: Int)?
        for i in group.members.indices {
            for j in group.members.indices where j > i {
                guard let found = teachLearnMatch(group.members[i], group.members[j], skillRank: skillRank, ratings: ratings) else { continue }
                let gap = ratings.level(found.teacher, found.skill).rawValue - ratings.level(found.learner, found.skill).rawValue
                let rank = skillRank[found.skill, default: .max]
                if let kept = best, (gap, -rank) <= (kept.gap, -kept.rank) { continue }
                best = (gap, rank)
                group.skillID = found.skill
                group.teacher = found.teacher
                group.learner = found.learner
            }
        }
        return group
    }
}
