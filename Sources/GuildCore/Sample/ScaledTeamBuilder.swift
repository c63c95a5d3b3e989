import Foundation

/// Generates `ScaledTeam` data in time linear in the record count; every draw comes from one seeded generator in a
/// fixed order and nothing iterates a dictionary or set, so a seed always gives the same data.
struct ScaledTeamBuilder {
    /// What the builder remembers about a held (past, not cancelled) session, for notes and action items.
    private struct HeldSession {
        var id: UUID
        var start: Date
        var end: Date
        var dayOffset: Int
        var team: Int
        var skill: Int
        var attendees: [Int]
        var agenda: [UUID]
    }

    typealias V = ScaledVocabulary

    let shape: ScaledTeamShape
    let now: Date
    let calendar: Calendar
    private var random: SeededRandom
    private let progress: ((Int, Int) -> Void)?
    private var data = GuildData()
    private var generated = 0
    private var lastReported = 0

    /// Days from `minOffset` to `maxOffset` around today, computed once (`Day.adding` builds a calendar per call).
    private let minOffset: Int
    private var days: [Day] = []

    private var teamNames: [String] = []
    private var teamMembers: [[Int]] = []
    /// Skills in each team's focus categories.
    private var teamPools: [[Int]] = []
    private var personIDs: [UUID] = []
    private var personTeam: [Int] = []
    private var skillIDs: [UUID] = []
    private var skillNames: [String] = []
    private var skillKeys: [String] = []
    private var skillCategory: [Int] = []
    private var communityIDs: [UUID] = []
    private var held: [HeldSession] = []
    /// Indices into `held` of sessions in the last 90 days.
    private var recentHeld: [Int] = []
    private var upcomingIDs: [UUID] = []

    private let titles: [SessionFormat: [TextTemplate]]
    private let outcomes: [TextTemplate]
    private let noteTexts: [NoteEntry.Kind: [TextTemplate]]
    private let actionTitles: [TextTemplate]

    init(shape: ScaledTeamShape, now: Date, calendar: Calendar, seed: UInt64, progress: ((Int, Int) -> Void)?) {
        self.shape = shape
        self.now = now
        self.calendar = calendar
        self.random = SeededRandom(seed: seed)
        self.progress = progress
        minOffset = -(max(shape.historyDays, 730) + 30)
        let today = calendar.startOfDay(for: now)
        for offset in minOffset...200 {
            days.append(Day(calendar.date(byAdding: .day, value: offset, to: today)!, in: calendar))
        }
        func compile(_ list: [String]) -> [TextTemplate] { list.map(TextTemplate.init) }
        var titles: [SessionFormat: [TextTemplate]] = [:]
        for format in SessionFormat.allCases { titles[format] = compile(V.talkTitles[format.rawValue] ?? ["{skill} session"]) }
        self.titles = titles
        outcomes = compile(V.outcomes)
        noteTexts = [
            .note: compile(V.plainNotes), .decision: compile(V.decisions), .support: compile(V.supports),
            .objection: compile(V.objections), .question: compile(V.questions), .learning: compile(V.learningsText),
            .success: compile(V.successes), .frustration: compile(V.frustrations), .pairing: compile(V.pairings),
        ]
        actionTitles = compile(V.actionTitles)
    }

    mutating func build() -> GuildData {
        data.people.reserveCapacity(shape.people)
        data.ratingSheets.reserveCapacity(shape.people)
        data.skills.reserveCapacity(shape.skills)
        data.sessions.reserveCapacity(shape.sessions)
        data.notes.reserveCapacity(shape.notes)
        data.actions.reserveCapacity(shape.actions)
        addSkills()
        addTeams()
        addPeople()
        addRatings()
        addCommunities()
        addSessions()
        addNotes()
        addActions()
        addLearnings()
        addTopics()
        addSolutions()
        progress?(generated, shape.totalRecords)
        return data
    }

    // MARK: - Drawing

    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    private mutating func index(_ count: Int) -> Int { Int.random(in: 0..<count, using: &random) }

    private mutating func chance(_ p: Double) -> Bool { random.chance(p) }

    private mutating func pick<T>(_ list: [T]) -> T { list[index(list.count)] }

    /// An index drawn with the given weights.
    private mutating func weighted(_ weights: [Int]) -> Int {
        var roll = index(weights.reduce(0, +))
        for (i, weight) in weights.enumerated() {
            if roll < weight { return i }
            roll -= weight
        }
        return weights.count - 1
    }

    /// `count` distinct elements of `list`, in draw order (all of it when `count` ≥ its size).
    private mutating func distinct<T>(_ count: Int, of list: [T]) -> [T] {
        guard count < list.count else { return list }
        var seen = Set<Int>()
        var result: [T] = []
        result.reserveCapacity(count)
        while result.count < count {
            let i = index(list.count)
            if seen.insert(i).inserted { result.append(list[i]) }
        }
        return result
    }

    /// `count` distinct indices below `limit`, in draw order.
    private mutating func distinctIndices(_ count: Int, below limit: Int) -> [Int] {
        let count = min(count, limit)
        var seen = Set<Int>()
        var result: [Int] = []
        result.reserveCapacity(count)
        while result.count < count {
            let i = index(limit)
            if seen.insert(i).inserted { result.append(i) }
        }
        return result
    }

    private func day(_ offset: Int) -> Day {
        days[min(max(offset, minOffset), 200) - minOffset]
    }

    /// A moment `offset` days from today at `hour`:`minute` local time.
    private func at(_ offset: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        let d = day(offset)
        return calendar.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: hour, minute: minute))!
    }

    private mutating func advance(_ count: Int = 1) {
        generated += count
        if let progress, generated - lastReported >= 2_000 {
            lastReported = generated
            progress(generated, shape.totalRecords)
        }
    }

    private mutating func text(_ templates: [TextTemplate], skill: Int, team: Int) -> String {
        pick(templates).fill(skill: skillNames[skill], team: teamNames[team])
    }

    /// A skill a team would talk about: mostly from its focus, sometimes anything.
    private mutating func teamSkill(_ team: Int) -> Int {
        let pool = teamPools[team]
        return pool.isEmpty || chance(0.25) ? index(skillIDs.count) : pick(pool)
    }

    // MARK: - People, skills, teams

    private mutating func addSkills() {
        let categories = V.skillCategories
        let longest = categories.map(\.1.count).max() ?? 0
        var candidates: [(String, Int)] = []
        for i in 0..<longest {
            for (c, category) in categories.enumerated() where i < category.1.count { candidates.append((category.1[i], c)) }
        }
        let bases = candidates
        for aspect in V.aspects {
            for (name, c) in bases where !name.lowercased().contains(aspect) { candidates.append(("\(name) \(aspect)", c)) }
        }
        var seen = Set<String>()
        for (name, category) in candidates where skillIDs.count < shape.skills {
            guard seen.insert(TextMatch.fold(name)).inserted else { continue }
            let id = random.uuid()
            let critical = chance(0.08)
            data.skills[id] = Skill(id: id, name: name, category: categories[category].0, critical: critical ? true : nil,
                                    updatedAt: at(-int(200...400), 9))
            skillIDs.append(id)
            skillNames.append(name)
            skillKeys.append(id.uuidString)
            skillCategory.append(category)
            advance()
        }
        // More skills than names: number the rest ("Kubernetes 2") so the count is always met.
        var round = 2
        while skillIDs.count < shape.skills {
            for (name, category) in bases where skillIDs.count < shape.skills {
                let id = random.uuid()
                data.skills[id] = Skill(id: id, name: "\(name) \(round)", category: categories[category].0, updatedAt: at(-300, 9))
                skillIDs.append(id)
                skillNames.append("\(name) \(round)")
                skillKeys.append(id.uuidString)
                skillCategory.append(category)
                advance()
            }
            round += 1
        }
    }

    private mutating func addTeams() {
        let count = max(1, min(shape.teams, V.teams.count, max(1, shape.people)))
        let categoryCount = V.skillCategories.count
        var byCategory = [[Int]](repeating: [], count: categoryCount)
        for (skill, category) in skillCategory.enumerated() { byCategory[category].append(skill) }
        for team in 0..<count {
            teamNames.append(V.teams[team])
            var focus = [team % categoryCount]
            for extra in distinctIndices(int(1...2), below: categoryCount) where !focus.contains(extra) { focus.append(extra) }
            teamPools.append(focus.flatMap { byCategory[$0] })
        }
        teamMembers = [[Int]](repeating: [], count: count)
    }

    private mutating func addPeople() {
        let teamWeights = (0..<teamNames.count).map { _ in int(2...8) }
        var taken = Set<String>()
        var nextSuffix: [String: Int] = [:]
        for p in 0..<shape.people {
            let team = p < teamNames.count ? p : weighted(teamWeights)
            let (name, ascii) = makeName()
            var handle = String(ascii.prefix(28))
            while handle.last == "." || handle.last == "-" { handle.removeLast() }
            if taken.contains(handle) {
                var n = nextSuffix[handle] ?? 2
                while taken.contains(handle + String(n)) { n += 1 }
                nextSuffix[handle] = n + 1
                handle += String(n)
            }
            taken.insert(handle)
            let id = random.uuid()
            let person = Person(id: id, name: name, handle: handle, team: teamNames[team], role: pick(V.roles),
                                email: "\(handle)@example.com", away: chance(0.03) ? true : nil,
                                pairingOptOut: chance(0.05) ? true : nil, updatedAt: at(-int(100...400), 9))
            data.people[id] = person
            personIDs.append(id)
            personTeam.append(team)
            teamMembers[team].append(p)
            advance()
        }
    }

    /// A display name and its ASCII handle form: mostly Latin names, some CJK and Cyrillic.
    private mutating func makeName() -> (String, String) {
        let roll = index(100)
        if roll < 6 {
            let family = pick(V.cjkFamilies)
            let given = pick(V.cjkGivens)
            return (family.0 + (family.2 ? " " : "") + given.0, family.1 + "." + given.1)
        }
        if roll < 10 {
            let first = pick(V.cyrillicFirsts)
            let last = pick(V.cyrillicLasts)
            return (first.0 + " " + last.0, first.1 + "." + last.1)
        }
        let first = pick(V.firstNames)
        let last = pick(V.lastNames)
        return (first.0 + " " + last.0, first.1 + "." + last.1)
    }

    private mutating func addRatings() {
        let skillCount = skillIDs.count
        guard skillCount > 0 else { return }
        for p in 0..<personIDs.count {
            let pool = teamPools[personTeam[p]]
            let wanted = min(int(shape.ratedSkills), skillCount)
            var chosen: [Int] = []
            var seen = Set<Int>()
            let fromPool = min(pool.count, wanted * 2 / 3)
            while chosen.count < fromPool {
                let skill = pick(pool)
                if seen.insert(skill).inserted { chosen.append(skill) }
            }
            let strong = chosen.count
            while chosen.count < wanted {
                let skill = index(skillCount)
                if seen.insert(skill).inserted { chosen.append(skill) }
            }
            let hasHistory = chance(0.35)
            var entries: [(key: String, rating: SkillRating)] = []
            var latest = Date.distantPast
            for (n, skill) in chosen.enumerated() {
                let level = n < strong ? int(2...4) : weighted([3, 4, 3, 1])
                let ratedAt = at(-int(7...150), 10)
                latest = max(latest, ratedAt)
                if hasHistory, level > 0, chance(0.4) {
                    entries.append((skillKeys[skill], SkillRating(skillID: skillIDs[skill], level: SkillLevel(rawValue: level - 1)!,
                                                                  wantsToLearn: true, ratedAt: at(-int(200...400), 10))))
                }
                entries.append((skillKeys[skill], SkillRating(
                    skillID: skillIDs[skill], level: SkillLevel(rawValue: level)!, wantsToLearn: level <= 2 && chance(0.35),
                    happyToTeach: level >= 3 && chance(0.5), ratedAt: ratedAt)))
            }
            entries.sort { ($0.key, $0.rating.ratedAt) < ($1.key, $1.rating.ratedAt) }
            let sheet = RatingSheet(personID: personIDs[p], ratings: entries.map(\.rating), updatedAt: latest)
            data.ratingSheets[sheet.id] = sheet
            advance()
        }
    }

    private mutating func addCommunities() {
        let statuses = Objective.Status.allCases
        for n in 0..<shape.communities {
            let base = V.stageCommunities[n % V.stageCommunities.count]
            let name = n < V.stageCommunities.count ? base.0 : "\(base.0) \(n / V.stageCommunities.count + 1)"
            let members = distinctIndices(int(min(15, shape.people)...min(150, shape.people)), below: shape.people).map { personIDs[$0] }
            var objectives: [Objective] = []
            for objective in distinct(int(1...3), of: V.objectives) {
                objectives.append(Objective(id: random.uuid(), text: objective, status: pick(statuses)))
            }
            let community = Community(id: random.uuid(), name: name, domain: base.1, members: members,
                                      stage: pick(Community.Stage.allCases), objectives: objectives, createdAt: at(-int(200...700), 10))
            data.communities[community.id] = community
            communityIDs.append(community.id)
            advance()
        }
    }

    // MARK: - Sessions

    private static let formatWeights: [(SessionFormat, Int)] = [
        (.techTalk, 25), (.workshop, 12), (.brownBag, 15), (.showAndTell, 12), (.deepDive, 8), (.codeReview, 8),
        (.pairing, 10), (.weeklyMeeting, 4), (.other, 6),
    ]

    private static func agendaPlan(_ format: SessionFormat) -> [(String, Int, Bool)] {
        switch format {
        case .techTalk: [("Talk", 30), ("Q&A (anonymous questions welcome)", 15)].map { ($0.0, $0.1, false) }
        case .workshop: [("Setup check", 10), ("Exercise 1", 40), ("Break", 10), ("Exercise 2", 40), ("Retro", 10)].map { ($0.0, $0.1, false) }
        case .brownBag: [("Why it matters", 10), ("Demo", 20), ("Questions", 15)].map { ($0.0, $0.1, false) }
        case .showAndTell: [("Demo", 20), ("Feedback", 10)].map { ($0.0, $0.1, false) }
        case .deepDive: [("How it works", 30), ("Incident replay", 45), ("Hands-on", 45)].map { ($0.0, $0.1, false) }
        case .codeReview: [("Context", 10), ("Walk-through", 35), ("Alternatives", 15)].map { ($0.0, $0.1, false) }
        case .pairing: [("Pick pairs", 5), ("Pairing", 70), ("Round: what we learned", 15)].enumerated().map { ($1.0, $1.1, $0 == 2) }
        case .weeklyMeeting: [
            ("Open action items", 5, false), ("Round: successes, frustrations, learnings", 20, true),
            ("Pair programming roulette: how did it go?", 10, true), ("Topic of the week", 20, false),
            ("Wrap-up and note-taker for next week", 5, false),
        ]
        case .other: [("Check-in", 10), ("Open floor", 40), ("Wrap-up", 10)].map { ($0.0, $0.1, false) }
        }
    }

    private mutating func agenda(_ format: SessionFormat, owner: UUID?) -> [AgendaItem] {
        Self.agendaPlan(format).enumerated().map { n, item in
            AgendaItem(id: random.uuid(), title: item.0, minutes: item.1, owner: n == 0 ? nil : owner, isRound: item.2)
        }
    }

    /// Attendees for a session of `team`: a handful of the team plus some from elsewhere.
    private mutating func attendees(team: Int, extra: ClosedRange<Int>) -> [Int] {
        var result = distinct(int(min(3, teamMembers[team].count)...min(12, teamMembers[team].count)), of: teamMembers[team])
        var seen = Set(result)
        for _ in 0..<int(extra) {
            let p = index(personIDs.count)
            if seen.insert(p).inserted { result.append(p) }
        }
        return result
    }

    private mutating func addSessions() {
        let seriesCount = min(shape.recurringSeries, shape.sessions / 5)
        var heldBudget = max(0, min(8 * seriesCount, shape.sessions - seriesCount - 2))
        let frequencies: [Recurrence.Frequency] = [.weekly, .fortnightly, .monthly]
        for r in 0..<seriesCount {
            let team = r % teamNames.count
            let frequency = frequencies[r % 3]
            let firstOffset = -7 * int(20...50)
            let format: SessionFormat = frequency == .monthly ? .other : .weeklyMeeting
            let skill = teamSkill(team)
            let members = teamMembers[team] + distinctIndices(int(5...20), below: personIDs.count).filter { personTeam[$0] != team }
            let facilitator = pick(teamMembers[team])
            let plan = agenda(.weeklyMeeting, owner: nil)
            let title = frequency == .monthly ? "\(teamNames[team]) CoP monthly" : "\(teamNames[team]) weekly tech meeting"
            let series = Session(
                id: random.uuid(), title: title, format: format,
                desiredOutcome: "Everyone is heard; pairing and learnings are shared; action points have owners",
                start: at(firstOffset, 15), durationMinutes: 60, location: pick(V.locations),
                facilitator: personIDs[facilitator], noteTaker: personIDs[pick(teamMembers[team])],
                attendees: members.map { personIDs[$0] }, agenda: plan, recurrence: Recurrence(frequency: frequency),
                communityID: communityIDs.isEmpty || !chance(0.5) ? nil : pick(communityIDs), updatedAt: at(firstOffset - 3, 9))
            data.sessions[series.id] = series
            advance()
            // The last few held occurrences, with their own facilitator and note-taker.
            var starts: [(Date, Int)] = []
            var n = 0
            let step = frequency == .weekly ? 7 : frequency == .fortnightly ? 14 : 0
            while true {
                let start = step > 0 ? at(firstOffset + step * n, 15)
                    : calendar.date(byAdding: .month, value: n, to: series.start)!
                guard start.addingTimeInterval(3600) < now else { break }
                starts.append((start, step > 0 ? firstOffset + step * n : -Int(now.timeIntervalSince(start) / 86_400) - 1))
                n += 1
            }
            for (start, offset) in starts.suffix(min(8, heldBudget)) {
                let occurrence = Session(
                    id: random.uuid(), title: series.title, format: format, desiredOutcome: series.desiredOutcome,
                    start: start, durationMinutes: 60, location: series.location, facilitator: personIDs[pick(teamMembers[team])],
                    noteTaker: personIDs[pick(teamMembers[team])], attendees: series.attendees, status: .done, agenda: plan,
                    seriesID: series.id, updatedAt: start.addingTimeInterval(3600))
                data.sessions[occurrence.id] = occurrence
                // Run and wrapped up in Guild's meeting mode: it has minutes (drawn from nothing random).
                data.upsert(HeldMeeting.progress(of: occurrence, week: held.count))
                rememberHeld(occurrence, dayOffset: offset, team: team, skill: skill, attendees: members)
                heldBudget -= 1
                advance()
            }
        }
        let standalone = shape.sessions - data.sessions.count
        let upcoming = standalone * 12 / 100
        let formatWeights = Self.formatWeights.map(\.1)
        for s in 0..<standalone {
            let isUpcoming = s >= standalone - upcoming
            let format = Self.formatWeights[weighted(formatWeights)].0
            let team = index(teamNames.count)
            let skill = teamSkill(team)
            let offset = isUpcoming ? int(1...90) : -int(1...max(1, shape.historyDays))
            let start = at(offset, pick([9, 10, 11, 12, 13, 14, 15, 16]), pick([0, 0, 30]))
            let duration = Self.agendaPlan(format).reduce(0) { $0 + $1.1 }
            let people = attendees(team: team, extra: 2...18)
            let facilitator = people.first ?? index(personIDs.count)
            let presenters = format == .pairing || format == .other ? [] : Array(people.dropFirst().prefix(int(1...2)))
            let status: Session.Status = isUpcoming ? (chance(0.03) ? .cancelled : .planned) : (chance(0.08) ? .cancelled : .done)
            let session = Session(
                id: random.uuid(), title: text(titles[format]!, skill: skill, team: team), format: format,
                desiredOutcome: text(outcomes, skill: skill, team: team),
                details: chance(0.2) ? "Bring a laptop. Material: `docs/\(skillKeys[skill].prefix(8).lowercased()).md`." : nil,
                start: start, durationMinutes: duration, location: pick(V.locations), facilitator: personIDs[facilitator],
                presenters: presenters.map { personIDs[$0] }, noteTaker: people.count > 3 ? personIDs[people[people.count - 1]] : nil,
                attendees: people.map { personIDs[$0] }, status: status,
                agenda: agenda(format, owner: presenters.first.map { personIDs[$0] }),
                communityID: communityIDs.isEmpty || !chance(0.1) ? nil : pick(communityIDs),
                updatedAt: isUpcoming ? at(-int(1...30), 9) : start.addingTimeInterval(TimeInterval(duration * 60)))
            data.sessions[session.id] = session
            if isUpcoming {
                if status == .planned { upcomingIDs.append(session.id) }
            } else if status == .done {
                rememberHeld(session, dayOffset: offset, team: team, skill: skill, attendees: people)
            }
            advance()
        }
        recentHeld = held.indices.filter { held[$0].dayOffset >= -90 }
    }

    private mutating func rememberHeld(_ session: Session, dayOffset: Int, team: Int, skill: Int, attendees: [Int]) {
        held.append(HeldSession(id: session.id, start: session.start, end: session.end, dayOffset: dayOffset, team: team,
                                skill: skill, attendees: attendees, agenda: session.agenda.map(\.id)))
    }

    // MARK: - Notes and action items

    private static let noteKinds: [(NoteEntry.Kind, Int)] = [
        (.note, 25), (.decision, 10), (.support, 6), (.objection, 5), (.question, 12), (.learning, 12), (.success, 10),
        (.frustration, 10), (.pairing, 5),
    ]

    private mutating func addNotes() {
        guard !held.isEmpty, shape.notes > 0 else { return }
        // Bigger sessions get more notes: cumulative weights and a binary search per note, then notes per session.
        var cumulative: [Int] = []
        cumulative.reserveCapacity(held.count)
        var total = 0
        for session in held {
            total += session.attendees.count + 4
            cumulative.append(total)
        }
        var counts = [Int](repeating: 0, count: held.count)
        for _ in 0..<shape.notes {
            let roll = index(total)
            var low = 0, high = cumulative.count - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid] > roll { high = mid } else { low = mid + 1 }
            }
            counts[low] += 1
        }
        let kindWeights = Self.noteKinds.map(\.1)
        for (s, session) in held.enumerated() where counts[s] > 0 {
            let count = counts[s]
            let span = max(60.0, session.end.timeIntervalSince(session.start) - 120)
            for n in 0..<count {
                let kind = Self.noteKinds[weighted(kindWeights)].0
                let skill = chance(0.7) ? session.skill : index(skillIDs.count)
                let anonymous = (kind == .question && chance(0.5)) || ((kind == .decision || kind == .support) && chance(0.6))
                let author = anonymous || session.attendees.isEmpty ? nil : personIDs[pick(session.attendees)]
                let agendaItem = session.agenda.isEmpty ? nil : session.agenda[n * session.agenda.count / count]
                // Whole seconds: the store keeps times to the second, so data survives a round trip unchanged.
                let created = session.start.addingTimeInterval((60 + span * Double(n) / Double(count)).rounded(.down))
                let note = NoteEntry(id: random.uuid(), sessionID: session.id, kind: kind,
                                     text: text(noteTexts[kind]!, skill: skill, team: session.team),
                                     author: author, agendaItemID: agendaItem, createdAt: created)
                data.notes[note.id] = note
                advance()
            }
        }
    }

    private mutating func addActions() {
        let lastCompletion = now.addingTimeInterval(-3600)
        for _ in 0..<shape.actions {
            let roll = index(100)
            let status: ActionItem.Status = roll < 25 ? .open : roll < 88 ? .done : .dropped
            let pool = status == .open && !recentHeld.isEmpty ? recentHeld : Array(held.indices)
            let session: HeldSession? = pool.isEmpty || chance(0.15) ? nil : held[pick(pool)]
            let team = session?.team ?? index(teamNames.count)
            let skill = session?.skill ?? teamSkill(team)
            let createdOffset = session?.dayOffset ?? (status == .open ? -int(0...75) : -int(1...max(1, shape.historyDays)))
            let createdAt = session?.end ?? at(createdOffset, 11)
            let dueIn = int(3...40)
            let due: Day? = chance(0.1) ? nil : day(createdOffset + dueIn)
            let ownerIndex: Int? = chance(0.03) ? nil
                : (session.map { $0.attendees.isEmpty ? nil : pick($0.attendees) } ?? nil) ?? index(personIDs.count)
            var item = ActionItem(id: random.uuid(), title: text(actionTitles, skill: skill, team: team),
                                  owner: ownerIndex.map { personIDs[$0] }, due: due,
                                  sessionID: session?.id, tag: chance(0.3) ? pick(V.tags) : nil, createdAt: createdAt)
            switch status {
            case .open:
                break
            case .done:
                let completed = min(lastCompletion, createdAt.addingTimeInterval(TimeInterval(int(1...dueIn) * 86_400)))
                item.setDone(true, at: max(createdAt, completed))
            case .dropped:
                item.status = .dropped
                item.updatedAt = max(createdAt, min(lastCompletion, createdAt.addingTimeInterval(TimeInterval(int(1...30) * 86_400))))
            }
            data.actions[item.id] = item
            advance()
        }
    }

    // MARK: - Learnings, topics, solutions

    private mutating func addLearnings() {
        let texts = V.learningsText.map(TextTemplate.init) + V.successes.map(TextTemplate.init)
        for _ in 0..<shape.learnings {
            let session: HeldSession? = held.isEmpty || chance(0.5) ? nil : pick(held)
            let team = session?.team ?? index(teamNames.count)
            let skill = session?.skill ?? teamSkill(team)
            let kudos = distinctIndices(int(0...3), below: personIDs.count).map { personIDs[$0] }
            let learning = Learning(id: random.uuid(), kind: pick(Learning.Kind.allCases), text: text(texts, skill: skill, team: team),
                                    context: pick(V.learningContexts) + ": " + teamNames[team], sessionID: session?.id,
                                    author: personIDs[index(personIDs.count)], kudosTo: kudos,
                                    createdAt: session?.end ?? at(-int(1...max(1, shape.historyDays)), 16))
            data.learnings[learning.id] = learning
            advance()
        }
    }

    private mutating func addTopics() {
        let titles = ["Intro to {skill}", "{skill} pitfalls", "{skill} at {team}", "Getting better at {skill}", "{skill} Q&A"]
            .map(TextTemplate.init)
        for _ in 0..<shape.topics {
            let team = index(teamNames.count)
            let skills = distinctIndices(int(1...3), below: skillIDs.count)
            let votes = distinctIndices(int(0...min(40, personIDs.count)), below: personIDs.count).map { personIDs[$0] }
            let roll = index(100)
            var status: Topic.Status = roll < 70 ? .proposed : roll < 85 ? .scheduled : roll < 95 ? .done : .dropped
            var sessionID: UUID?
            switch status {
            case .scheduled: if upcomingIDs.isEmpty { status = .proposed } else { sessionID = pick(upcomingIDs) }
            case .done: if held.isEmpty { status = .proposed } else { sessionID = pick(held).id }
            default: break
            }
            let topic = Topic(id: random.uuid(), title: text(titles, skill: skills[0], team: team),
                              details: "Proposed at the guild meeting; see the notes.", proposedBy: votes.first ?? personIDs[index(personIDs.count)],
                              votes: votes, skillIDs: skills.map { skillIDs[$0] },
                              suggestedPresenters: distinct(int(0...2), of: teamMembers[team]).map { personIDs[$0] },
                              status: status, sessionID: sessionID, createdAt: at(-int(1...200), 11))
            data.topics[topic.id] = topic
            advance()
        }
    }

    private mutating func addSolutions() {
        for n in 0..<shape.solutions {
            let need = V.needs[n % V.needs.count]
            let team = index(teamNames.count)
            let solution = Solution(
                id: random.uuid(), need: n < V.needs.count ? need.0 : "\(need.0) (\(teamNames[team]))", solution: need.1,
                approximateTime: need.2, risks: need.3,
                experts: distinctIndices(int(1...3), below: personIDs.count).map { personIDs[$0] },
                skillIDs: distinctIndices(int(1...3), below: skillIDs.count).map { skillIDs[$0] }, updatedAt: at(-int(10...300), 10))
            data.solutions[solution.id] = solution
            advance()
        }
    }
}
