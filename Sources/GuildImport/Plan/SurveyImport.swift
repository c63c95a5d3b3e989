import Foundation
import GuildCore

/// Reads the wide survey shape form tools and spreadsheets export (one row per respondent, a name or e-mail column,
/// level columns per skill, checkbox lists or per-choice columns of skills to learn or teach) into a `SurveyPlan`
/// against the store's people and skills.
public enum SurveyImport {
    /// Plans the import of a file's bytes; throws only when the file as a whole cannot be read (not text, no
    /// header, a --map naming no skill). `progress` is told (rows done, rows in total) on long files.
    public static func plan(_ bytes: Data, data: GuildData, ratedAt: Date, options: SurveyOptions = SurveyOptions(),
                            progress: ((Int, Int) -> Void)? = nil) throws(SurveyError) -> SurveyPlan {
        try plan(SurveyTable.read(bytes, delimiter: options.delimiter), data: data, ratedAt: ratedAt, options: options, progress: progress)
    }

    /// Plans the import of a table already read.
    public static func plan(_ table: SurveyTable, data: GuildData, ratedAt: Date, options: SurveyOptions = SurveyOptions(),
                            progress: ((Int, Int) -> Void)? = nil) throws(SurveyError) -> SurveyPlan {
        let lookup = SkillLookup(data)
        let layout = try SurveyLayout.build(table, lookup: lookup, options: options)
        var planner = Planner(table: table, data: data, ratedAt: ratedAt, layout: layout, lookup: lookup)
        return planner.run(progress: progress)
    }
}

/// The row-by-row work of one plan.
private struct Planner {
    let table: SurveyTable
    let data: GuildData
    let ratedAt: Date
    let layout: SurveyLayout
    let lookup: SkillLookup
    var problems: [SurveyProblem]

    init(table: SurveyTable, data: GuildData, ratedAt: Date, layout: SurveyLayout, lookup: SkillLookup) {
        self.table = table
        self.data = data
        self.ratedAt = ratedAt
        self.layout = layout
        self.lookup = lookup
        problems = table.problems + layout.problems
    }

    /// One skill's answer in one row.
    struct Answer {
        var level: SkillLevel?
        var learn: Bool?
        var teach: Bool?
        /// The level could not be read, or two columns gave different ones: the skill is skipped for this row
        /// (its interest flags too, rather than recording a level the person did not give).
        var skipped = false
    }

    mutating func run(progress: ((Int, Int) -> Void)?) -> SurveyPlan {
        var plan = SurveyPlan(ratedAt: ratedAt, changes: [], unchanged: 0, respondents: 0, problems: [], ignoredColumns: [])
        plan.producer = table.producer
        plan.delimiter = table.delimiter
        plan.encoding = table.encoding
        plan.scale = layout.scale
        plan.scaleReason = layout.scaleReason
        plan.notes = layout.notes
        let columns = layout.columns
        for (index, column) in columns.enumerated() {
            guard case .ignored(let reason) = column, !table.header[index].isEmpty else { continue }
            plan.ignoredColumns.append(table.header[index] + (reason.isEmpty ? "" : " (\(reason))"))
        }
        let identifies = columns.contains { [.name, .firstName, .lastName, .email, .handle].contains($0) }
        let answers = columns.contains { column in
            switch column {
            case .level, .flag, .list, .choice: true
            default: false
            }
        }
        if !identifies {
            plan.nothingRead = "no name, e-mail or handle column: nobody can be matched (pass --map \"Column=name\" to say which it is)"
        } else if !answers {
            plan.nothingRead = "no column names a known skill (pass --map \"Column=Skill\", or add the skills with `guild add skill`)"
        } else if table.rows.isEmpty {
            plan.nothingRead = "the file has a header but no answers"
        }
        if plan.nothingRead != nil {
            plan.problems = problems.sorted { ($0.row ?? 0) < ($1.row ?? 0) }
            return plan
        }

        // The skills the survey asks about in columns of their own: a list answer speaks for these (and for the
        // skills it names), so an unlisted one is no longer wanted; skills it never asked about are left alone.
        var asked = Set<UUID>()
        var offered: [Int: (interest: SurveyInterest, skills: [UUID])] = [:]
        for column in columns {
            switch column {
            case .level(let skill), .flag(let skill, _): asked.insert(skill)
            case .choice(let skill?, let group):
                if let interest = layout.choiceInterest(group) {
                    asked.insert(skill)
                    offered[group, default: (interest, [])].skills.append(skill)
                }
            default: break
            }
        }

        var ratingsByPerson: [UUID: (row: Int, ratings: [UUID: SkillRating])] = [:]
        var order: [UUID] = []
        let respondents = SurveyRespondents(data)
        var answered = 0
        for (done, row) in table.rows.enumerated() {
            if done % 500 == 0 { progress?(done, table.rows.count) }
            guard let (personID, ratings, read) = readRow(row, respondents: respondents, asked: asked, offered: offered) else { continue }
            answered += read
            if let earlier = ratingsByPerson[personID] {
                problems.append(SurveyProblem(row: row.row, line: row.line,
                                              "\(data.name(of: personID)) also answered in row \(earlier.row); this later answer is used"))
            } else {
                order.append(personID)
            }
            ratingsByPerson[personID] = (row.row, ratings)
        }
        progress?(table.rows.count, table.rows.count)

        let skillOrder = data.skills.values.sorted(by: SkillsMatrix.skillOrder).map(\.id)
        for personID in order {
            guard let answer = ratingsByPerson[personID] else { continue }
            let currents = data.ratingSheets[personID]?.current ?? [:]
            let then = ratingsAtSurveyDate(personID)
            for skillID in skillOrder {
                guard let after = answer.ratings[skillID] else { continue }
                let before = then[skillID]
                if let before, before.level == after.level, before.wantsToLearn == after.wantsToLearn, before.happyToTeach == after.happyToTeach {
                    plan.unchanged += 1
                    continue
                }
                let later = currents[skillID].flatMap { $0.ratedAt > ratedAt ? $0 : nil }
                plan.changes.append(SurveyChange(row: answer.row, personID: personID, skillID: skillID, before: before, after: after, later: later))
            }
        }
        plan.respondents = order.count
        if order.isEmpty {
            plan.nothingRead = "no row matched a person in Guild"
        } else if answered == 0 {
            plan.nothingRead = "no answer could be read from the \(order.count) matched row\(order.count == 1 ? "" : "s")"
        }
        plan.problems = problems.sorted { ($0.row ?? 0, $0.line ?? 0) < ($1.row ?? 0, $1.line ?? 0) }
        return plan
    }

    /// One row: who it is, their ratings at the survey's date, and how many answers were read; nil when skipped.
    private mutating func readRow(_ row: SurveyTable.Row, respondents: SurveyRespondents, asked: Set<UUID>,
                                  offered: [Int: (interest: SurveyInterest, skills: [UUID])])
        -> (UUID, [UUID: SkillRating], Int)? {
        let columns = layout.columns
        func field(_ index: Int) -> String {
            index < row.fields.count ? SurveyCell.trimmed(row.fields[index]) : ""
        }
        if row.fields.count > columns.count {
            let extra = row.fields[columns.count...]
            if extra.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                problem(row, "\(extra.count) more field\(extra.count == 1 ? "" : "s") than the header; ignored")
            }
        }
        var identity = SurveyRespondents.Identity()
        for (index, column) in columns.enumerated() {
            switch column {
            case .name, .firstName, .lastName, .email, .handle: break
            default: continue
            }
            var text = field(index)
            // Microsoft Forms writes "anonymous" (and an empty or "Anonymous" name) for anonymous responses.
            if text.lowercased() == "anonymous" { text = "" }
            switch column {
            case .name: if identity.name.isEmpty { identity.name = text }
            case .firstName: if identity.firstName.isEmpty { identity.firstName = text }
            case .lastName: if identity.lastName.isEmpty { identity.lastName = text }
            case .email: if identity.email.isEmpty { identity.email = text }
            case .handle: if identity.handle.isEmpty { identity.handle = text }
            default: break
            }
        }
        let personID: UUID
        switch respondents.match(identity) {
        case .person(let id): personID = id
        case .skipped(let reason):
            problem(row, reason)
            return nil
        }

        var answers: [UUID: Answer] = [:]
        var read = 0
        var listed: [SurveyInterest: Set<UUID>] = [:]
        var chosen: [Int: Set<UUID>] = [:]
        for (index, column) in columns.enumerated() {
            let text = field(index)
            guard !SurveyCell.isBlank(text) else { continue }
            let title = table.header[index]
            switch column {
            case .level(let skill):
                var answer = answers[skill] ?? Answer()
                guard let cell = readLevel(text, skill: skill, row: row) else {
                    answer.skipped = true
                    answers[skill] = answer
                    continue
                }
                read += 1
                if let level = cell.level {
                    if let earlier = answer.level, earlier != level {
                        problem(row, "\(lookup.name(skill)): two columns give different levels (\(earlier.rawValue) and \(level.rawValue)); skipped")
                        answer.skipped = true
                    }
                    answer.level = level
                }
                if let learn = cell.learn { answer.learn = learn }
                if let teach = cell.teach { answer.teach = teach }
                answers[skill] = answer
            case .flag(let skill, let interest):
                guard let value = SurveyCell.yesNo(text), let yes = value else {
                    problem(row, "“\(title)”: “\(TextExcerpt.of(text))” is not yes or no; skipped")
                    continue
                }
                read += 1
                var answer = answers[skill] ?? Answer()
                if interest == .learn { answer.learn = yes } else { answer.teach = yes }
                answers[skill] = answer
            case .list(let interest):
                read += 1
                var skills = listed[interest] ?? []
                for item in lookup.items(text) {
                    if let hit = lookup.skill(named: item) {
                        skills.insert(hit.id)
                    } else if !SurveyCell.saysNone(item) {
                        let hint = lookup.suggestion(for: item).map { " (did you mean “\($0)”?)" } ?? ""
                        problem(row, "“\(TextExcerpt.of(item))” in “\(title)” is not a known skill\(hint); skipped")
                    }
                }
                listed[interest] = skills
            case .choice(let skill?, let group) where offered[group] != nil:
                read += 1
                chosen[group, default: []].insert(skill)
            default: continue
            }
        }

        // Which skills this row speaks for, and what it says about each.
        let held = ratingsAtSurveyDate(personID)
        func currentFlag(_ skill: UUID, _ interest: SurveyInterest) -> Bool {
            guard let rating = held[skill] else { return false }
            return interest == .learn ? rating.wantsToLearn : rating.happyToTeach
        }
        var skills = Set(answers.keys)
        for (interest, names) in listed {
            skills.formUnion(names)
            // An answered list also speaks for the skills the survey asks about whose flag is set now.
            for skill in asked where currentFlag(skill, interest) { skills.insert(skill) }
        }
        for (group, picked) in chosen {
            skills.formUnion(picked)
            if let choices = offered[group] {
                for skill in choices.skills where currentFlag(skill, choices.interest) { skills.insert(skill) }
            }
        }
        var ratings: [UUID: SkillRating] = [:]
        for skill in skills {
            let answer = answers[skill] ?? Answer()
            if answer.skipped { continue }
            let then = held[skill]
            func flag(_ interest: SurveyInterest, _ explicit: Bool?) -> Bool? {
                if let explicit { return explicit }
                for (group, picked) in chosen {
                    if let choices = offered[group], choices.interest == interest, choices.skills.contains(skill) { return picked.contains(skill) }
                }
                if let names = listed[interest], names.contains(skill) || asked.contains(skill) { return names.contains(skill) }
                // No answer about this interest: what held at the survey's date stays (a blank never clears a flag).
                return nil
            }
            let learn = flag(.learn, answer.learn) ?? then?.wantsToLearn ?? false
            let teach = flag(.teach, answer.teach) ?? then?.happyToTeach ?? false
            let level = answer.level ?? then?.level
            // Nothing to record: never rated, no level given, no interest set.
            if then == nil, level == nil, !learn, !teach { continue }
            ratings[skill] = SkillRating(skillID: skill, level: level ?? .none, wantsToLearn: learn, happyToTeach: teach, ratedAt: ratedAt)
        }
        return (personID, ratings, read)
    }

    /// Every rating of a person in effect at the survey's date, in one pass over their history (the same rule as
    /// `RatingSheet.rating(of:asOf:)`: the latest given by then; of two at one moment, the one recorded last).
    private func ratingsAtSurveyDate(_ personID: UUID) -> [UUID: SkillRating] {
        var held: [UUID: SkillRating] = [:]
        for rating in data.ratingSheets[personID]?.ratings ?? [] where rating.ratedAt <= ratedAt {
            if let seen = held[rating.skillID], seen.ratedAt > rating.ratedAt { continue }
            held[rating.skillID] = rating
        }
        return held
    }

    /// A level cell on the survey's scale, or nil with the row reported.
    private mutating func readLevel(_ text: String, skill: UUID, row: SurveyTable.Row) -> (level: SkillLevel?, learn: Bool?, teach: Bool?)? {
        let name = lookup.name(skill)
        let cell: SurveyCell?
        do {
            cell = try SurveyCell.parse(text)
        } catch {
            let reason = switch error {
            case .fractional: "is not a whole level"
            case .trailingText: "has text after the level"
            case .twoLevels: "gives two levels"
            case .unknown: "is not a level (\(layout.scale) or a name such as “proficient”)"
            }
            problem(row, "\(name): “\(TextExcerpt.of(text))” \(reason); skipped")
            return nil
        }
        guard let cell else { return nil }
        var level: SkillLevel?
        switch cell.level {
        case .number(let number, _)?:
            guard let mapped = layout.scale.level(number) else {
                problem(row, "\(name): “\(TextExcerpt.of(text))” is outside the \(layout.scale) scale; skipped")
                return nil
            }
            level = mapped
        case .named(let named)?: level = named
        case nil: level = nil
        }
        return (level, cell.learn, cell.teach)
    }

    private mutating func problem(_ row: SurveyTable.Row, _ message: String) {
        problems.append(SurveyProblem(row: row.row, line: row.line, message))
    }
}
