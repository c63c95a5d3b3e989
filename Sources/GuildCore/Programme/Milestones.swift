import Foundation

/// Finds the programme's milestones in the data: first talks, 10/25/50/100… sessions held, gaps closed and skill levels raised.
public enum Milestones {
    /// The session counts worth a celebration.
    public static let sessionCounts = [10, 25, 50, 100, 150, 200, 300, 500, 1_000]

    /// Every milestone of `scope`, newest first.
    public static func all(in data: GuildData, scope: ProgrammeScope = .all) -> [Milestone] {
        var result: [Milestone] = []
        let held = scope.heldSessions(in: data)
        let people = Set(scope.people(in: data).map(\.id))
        let firstTalks = ProgrammeHealth.firstTalks(in: data)

        // First talks: the held session where each person first presented.
        for session in held {
            for person in session.presenters where firstTalks[person] == session.start && (scope.communityID == nil || people.contains(person)) {
                result.append(Milestone(kind: .firstTalk, date: session.start,
                                        text: "\(data.name(of: person)) gave a first talk: \(oneLine(session.title))",
                                        person: person, session: session.id))
            }
        }

        // Round numbers of sessions held.
        for count in sessionCounts where held.count >= count {
            let session = held[count - 1]
            let whose = scope.communityID == nil ? "" : " by \(scope.name(in: data))"
            result.append(Milestone(kind: .sessionsHeld, date: session.start, text: "\(count) sessions held\(whose), the \(ordinal(count)) was \(oneLine(session.title))",
                                    session: session.id))
        }

        result += gapsClosed(in: data, people: scope.communityID == nil ? nil : Array(people))
        result += levelsRaised(in: data, people: scope.communityID == nil ? nil : people)
        return result.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    }

    /// Milestones from `start` (inclusive) to `end` (exclusive), newest first.
    public static func between(_ start: Date, _ end: Date, in data: GuildData, scope: ProgrammeScope = .all) -> [Milestone] {
        all(in: data, scope: scope).filter { $0.date >= start && $0.date < end }
    }

    /// The milestones of the last `days` days up to `now`, newest first (what the dashboard celebrates).
    public static func recent(in data: GuildData, now: Date, days: Int = 14, scope: ProgrammeScope = .all) -> [Milestone] {
        between(now.addingTimeInterval(-Double(days) * 86_400), now.addingTimeInterval(1), in: data, scope: scope)
    }

    /// Skills whose coverage reached `SkillCoverage.holdersNeeded` after having been below it; the baseline (the first
    /// day anyone rated anything) closes no gap, so a first survey does not flood the list.
    static func gapsClosed(in data: GuildData, people: [UUID]?) -> [Milestone] {
        let counted = people.map(Set.init)
        // Replay every rating in time order, keeping each person's current level and each skill's holder count.
        var events: [(time: Date, person: UUID, rating: SkillRating)] = []
        for sheet in data.ratingSheets.values where counted?.contains(sheet.personID) ?? true {
            for rating in sheet.ratings where data.skills[rating.skillID] != nil {
                events.append((rating.ratedAt, sheet.personID, rating))
            }
        }
        events.sort { ($0.time, $0.person.uuidString, $0.rating.skillID.uuidString) < ($1.time, $1.person.uuidString, $1.rating.skillID.uuidString) }
        guard let baseline = events.first?.time else { return [] }
        var levels: [UUID: [UUID: SkillLevel]] = [:]
        var holders: [UUID: Int] = [:]
        var result: [Milestone] = []
        var index = 0
        while index < events.count {
            // Apply every rating of one moment before judging coverage, so a survey's order cannot matter.
            let time = events[index].time
            var touched = Set<UUID>()
            var before: [UUID: Int] = [:]
            while index < events.count, events[index].time == time {
                let event = events[index]
                let skill = event.rating.skillID
                if before[skill] == nil { before[skill] = holders[skill] ?? 0 }
                let old = levels[skill]?[event.person] ?? SkillLevel.none
                levels[skill, default: [:]][event.person] = event.rating.level
                holders[skill, default: 0] += (event.rating.level >= .proficient ? 1 : 0) - (old >= .proficient ? 1 : 0)
                touched.insert(skill)
                index += 1
            }
            guard time > baseline else { continue }
            for skill in touched.sorted(by: { $0.uuidString < $1.uuidString })
            where (before[skill] ?? 0) < SkillCoverage.holdersNeeded && (holders[skill] ?? 0) >= SkillCoverage.holdersNeeded {
                guard let name = data.skills[skill]?.name else { continue }
                result.append(Milestone(kind: .gapClosed, date: time,
                                        text: "Gap closed: \(oneLine(name)) now has \(holders[skill] ?? 0) people at proficient or better",
                                        skill: skill))
            }
        }
        return result
    }

    /// Each rating higher than the same person's previous rating of that skill.
    static func levelsRaised(in data: GuildData, people: Set<UUID>?) -> [Milestone] {
        var result: [Milestone] = []
        for sheet in data.ratingSheets.values where people?.contains(sheet.personID) ?? true {
            guard data.people[sheet.personID] != nil else { continue }
            var bySkill: [UUID: [SkillRating]] = [:]
            for rating in sheet.ratings { bySkill[rating.skillID, default: []].append(rating) }
            for (skillID, history) in bySkill {
                guard let skill = data.skills[skillID] else { continue }
                let ordered = history.sorted { $0.ratedAt < $1.ratedAt }
                for (previous, next) in zip(ordered, ordered.dropFirst()) where next.level > previous.level {
                    result.append(Milestone(kind: .levelRaised, date: next.ratedAt,
                                            text: "\(data.name(of: sheet.personID)) raised \(oneLine(skill.name)) from \(previous.level.name) to \(next.level.name)",
                                            person: sheet.personID, skill: skillID))
                }
            }
        }
        return result
    }

    private static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
