import Foundation

/// Finds the programme's milestones in the data: first talks, 10/25/50/100… sessions held, gaps closed and skill levels raised.
public enum Milestones {
    /// The session counts worth a celebration.
    public static let sessionCounts = [10, 25, 50, 100, 150, 200, 300, 500, 1_000]

    /// Every milestone of `scope`, newest first.
    public static func all(in data: GuildData, scope: ProgrammeScope = .all) -> [Milestone] {
        all(in: data, scope: scope, dated: { _ in true })
    }

    /// The milestones of `scope` whose date passes `keep`, newest first. History is still replayed in full (a gap
    /// closes against every earlier rating), but texts are only built for the milestones kept: the dashboard asks for
    /// two weeks out of years, on every start and save.
    static func all(in data: GuildData, scope: ProgrammeScope, dated keep: (Date) -> Bool) -> [Milestone] {
        var result: [Milestone] = []
        let held = scope.heldSessions(in: data)
        // Only a community scope narrows by person; its members are all that is needed (no sorted list of people).
        let people: Set<UUID> = scope.communityID.map { id in Set((data.communities[id]?.members ?? []).filter { data.people[$0] != nil }) } ?? []
        let firstTalks = ProgrammeHealth.firstTalks(in: data)

        // First talks: the held session where each person first presented.
        for session in held where keep(session.start) {
            for person in session.presenters where firstTalks[person] == session.start && (scope.communityID == nil || people.contains(person)) {
                result.append(Milestone(kind: .firstTalk, date: session.start,
                                        text: "\(data.name(of: person)) gave a first talk: \(oneLine(session.title))",
                                        person: person, session: session.id))
            }
        }

        // Round numbers of sessions held.
        for count in sessionCounts where held.count >= count && keep(held[count - 1].start) {
            let session = held[count - 1]
            let whose = scope.communityID == nil ? "" : " by \(scope.name(in: data))"
            result.append(Milestone(kind: .sessionsHeld, date: session.start, text: "\(count) sessions held\(whose), the \(ordinal(count)) was \(oneLine(session.title))",
                                    session: session.id))
        }

        result += gapsClosed(in: data, people: scope.communityID == nil ? nil : Array(people), dated: keep)
        result += levelsRaised(in: data, people: scope.communityID == nil ? nil : people, dated: keep)
        return result.map { ($0, $0.id) }.sorted { ($0.0.date, $0.1) > ($1.0.date, $1.1) }.map(\.0)
    }

    /// Milestones from `start` (inclusive) to `end` (exclusive), newest first.
    public static func between(_ start: Date, _ end: Date, in data: GuildData, scope: ProgrammeScope = .all) -> [Milestone] {
        all(in: data, scope: scope, dated: { $0 >= start && $0 < end })
    }

    /// The milestones of the last `days` days up to `now`, newest first (what the dashboard celebrates).
    public static func recent(in data: GuildData, now: Date, days: Int = 14, scope: ProgrammeScope = .all) -> [Milestone] {
        between(now.addingTimeInterval(-Double(days) * 86_400), now.addingTimeInterval(1), in: data, scope: scope)
    }

    /// Skills that stopped being gaps (`KnowledgeGap`) after having been one; the baseline (the first
    /// day anyone rated anything) closes no gap, so a first survey does not flood the list.
    static func gapsClosed(in data: GuildData, people: [UUID]?, dated keep: (Date) -> Bool = { _ in true }) -> [Milestone] {
        let counted = people.map(Set.init)
        // Dense numbers for skills and people, so replaying every rating is array work, not hashing: at organisation
        // scale this replay runs on every start and save.
        var skillNumbers: [UUID: Int32] = [:]
        var skills: [UUID] = []
        for id in data.skills.keys.sorted(by: { $0.precedes($1) }) {
            skillNumbers[id] = Int32(skills.count)
            skills.append(id)
        }
        // Replay every rating in time order, keeping each person's current level and each skill's holder count.
        // People numbered in id order too, so (time, person, skill) order is a comparison of numbers.
        let sheets = data.ratingSheets.values.filter { counted?.contains($0.personID) ?? true }
        var personNumbers: [UUID: Int32] = [:]
        for id in Set(sheets.map(\.personID)).sorted(by: { $0.precedes($1) }) { personNumbers[id] = Int32(personNumbers.count) }
        var events: [(time: Date, personNumber: Int32, skill: Int32, level: SkillLevel)] = []
        for sheet in sheets {
            let personNumber = personNumbers[sheet.personID]!
            for rating in sheet.ratings {
                guard let skill = skillNumbers[rating.skillID] else { continue }
                events.append((rating.ratedAt, personNumber, skill, rating.level))
            }
        }
        events.sort { a, b in
            if a.time != b.time { return a.time < b.time }
            if a.personNumber != b.personNumber { return a.personNumber < b.personNumber }
            return a.skill < b.skill
        }
        guard let baseline = events.first?.time else { return [] }
        let skillCount = skills.count

        var levels = [SkillLevel](repeating: .none, count: personNumbers.count * skillCount)
        var holders = [Int](repeating: 0, count: skillCount)
        // Per moment: holders before it, for the skills it touched (`stamp` says which moment last touched a skill).
        var before = [Int](repeating: 0, count: skillCount)
        var stamp = [Int](repeating: -1, count: skillCount)
        var touched: [Int] = []
        var result: [Milestone] = []
        var index = 0
        var moment = 0
        while index < events.count {
            // Apply every rating of one moment before judging coverage, so a survey's order cannot matter.
            let time = events[index].time
            touched.removeAll(keepingCapacity: true)
            while index < events.count, events[index].time == time {
                let event = events[index]
                let skill = Int(event.skill)
                if stamp[skill] != moment {
                    stamp[skill] = moment
                    before[skill] = holders[skill]
                    touched.append(skill)
                }
                let cell = Int(event.personNumber) * skillCount + skill
                let old = levels[cell]
                levels[cell] = event.level
                holders[skill] += (event.level >= .proficient ? 1 : 0) - (old >= .proficient ? 1 : 0)
                index += 1
            }
            moment += 1
            guard time > baseline, keep(time) else { continue }
            for skill in touched.sorted()
            where KnowledgeGap.isGap(holders: before[skill]) && !KnowledgeGap.isGap(holders: holders[skill]) {
                guard let name = data.skills[skills[skill]]?.name else { continue }
                result.append(Milestone(kind: .gapClosed, date: time,
                                        text: "Gap closed: \(oneLine(name)) now has \(holders[skill]) people at proficient or better",
                                        skill: skills[skill]))
            }
        }
        return result
    }

    /// Each rating higher than the same person's previous rating of that skill.
    static func levelsRaised(in data: GuildData, people: Set<UUID>?, dated keep: (Date) -> Bool = { _ in true }) -> [Milestone] {
        var result: [Milestone] = []
        for sheet in data.ratingSheets.values where people?.contains(sheet.personID) ?? true {
            // A raise is dated by its later rating: only ratings kept can be one, each against the same skill's
            // latest earlier rating in the sheet.
            let kept = sheet.ratings.filter { keep($0.ratedAt) }
            guard !kept.isEmpty, data.people[sheet.personID] != nil else { continue }
            for next in kept {
                guard let skill = data.skills[next.skillID] else { continue }
                var previous: SkillRating?
                for rating in sheet.ratings where rating.skillID == next.skillID && rating.ratedAt < next.ratedAt {
                    if previous.map({ rating.ratedAt > $0.ratedAt }) ?? true { previous = rating }
                }
                guard let previous, next.level > previous.level else { continue }
                result.append(Milestone(kind: .levelRaised, date: next.ratedAt,
                                        text: "\(data.name(of: sheet.personID)) raised \(oneLine(skill.name)) from \(previous.level.name) to \(next.level.name)",
                                        person: sheet.personID, skill: next.skillID))
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
