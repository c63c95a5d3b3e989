import Foundation
import GuildCore

/// Reads the wide survey shape form tools export (one row per respondent, one column per skill, a name or e-mail
/// column) into a `SurveyPlan` against the store's people and skills.
public enum SurveyImport {
    /// Plans the import of CSV bytes; throws only when the file as a whole cannot be read.
    public static func plan(_ bytes: Data, data: GuildData, ratedAt: Date) throws(SurveyError) -> SurveyPlan {
        plan(try SurveyTable.read(bytes), data: data, ratedAt: ratedAt)
    }

    /// Plans the import of a table already read.
    public static func plan(_ table: SurveyTable, data: GuildData, ratedAt: Date) -> SurveyPlan {
        let columns = table.header.map { SurveyColumn.classify($0, skills: data) }
        var problems: [SurveyProblem] = []
        var ignored: [String] = []
        for column in columns {
            switch column {
            case .unknownSkill(let title): problems.append(SurveyProblem(row: nil, "column “\(TextExcerpt.of(title))” names no known skill; add it with `guild add skill` or rename the column"))
            case .ignored(let title) where !title.isEmpty: ignored.append(title)
            default: break
            }
        }
        let identifies = columns.contains { [.name, .email, .handle].contains($0) }
        guard identifies else {
            problems.insert(SurveyProblem(row: nil, "no name, e-mail or handle column: nobody can be matched"), at: 0)
            return SurveyPlan(ratedAt: ratedAt, changes: [], unchanged: 0, respondents: 0, problems: problems, ignoredColumns: ignored)
        }
        guard columns.contains(where: { if case .skill = $0 { true } else { false } }) else {
            problems.insert(SurveyProblem(row: nil, "no column names a known skill"), at: 0)
            return SurveyPlan(ratedAt: ratedAt, changes: [], unchanged: 0, respondents: 0, problems: problems, ignoredColumns: ignored)
        }
        let hasInterestColumns = columns.contains { $0 == .wantsToLearn || $0 == .happyToTeach }
        let current = CurrentRatings(data)
        var answers: [UUID: (row: Int, ratings: [UUID: SkillRating])] = [:]
        var order: [UUID] = []

        for row in table.rows {
            if row.fields.count > table.header.count {
                let extra = row.fields[table.header.count...]
                if extra.contains(where: { !$0.isEmpty }) {
                    problems.append(SurveyProblem(row: row.row, "\(extra.count) more field\(extra.count == 1 ? "" : "s") than the header; ignored"))
                }
            }
            func field(_ index: Int) -> String { index < row.fields.count ? row.fields[index] : "" }
            var name = "", email = "", handle = ""
            for (index, column) in columns.enumerated() {
                switch column {
                case .name: if name.isEmpty { name = field(index) }
                case .email: if email.isEmpty { email = field(index) }
                case .handle: if handle.isEmpty { handle = field(index) }
                default: break
                }
            }
            guard let person = match(name: name, email: email, handle: handle, in: data) else {
                let who = [name, email, handle].filter { !$0.isEmpty }.map { "“\(TextExcerpt.of($0))”" }.joined(separator: " / ")
                problems.append(SurveyProblem(row: row.row, who.isEmpty ? "no name or e-mail; skipped"
                                                  : "nobody in the store is \(who); skipped (add them with `guild add person`)"))
                continue
            }
            var wants: Set<UUID> = []
            var teaches: Set<UUID> = []
            var levels: [UUID: (level: SkillLevel, wants: Bool?, teaches: Bool?)] = [:]
            for (index, column) in columns.enumerated() {
                let text = field(index)
                guard !text.isEmpty else { continue }
                switch column {
                case .skill(let skillID):
                    guard let parsed = parseLevel(text) else {
                        let skill = data.skills[skillID]?.name ?? table.header[index]
                        problems.append(SurveyProblem(row: row.row, "\(skill): “\(TextExcerpt.of(text))” is not a level (0–4 or a name such as “proficient”); skipped"))
                        continue
                    }
                    levels[skillID] = parsed
                case .wantsToLearn, .happyToTeach:
                    for item in text.split(whereSeparator: { $0 == "," || $0 == ";" }).map({ $0.trimmingCharacters(in: .whitespaces) })
                    where !item.isEmpty {
                        guard let skill = data.skill(named: item) else {
                            problems.append(SurveyProblem(row: row.row, "“\(TextExcerpt.of(item))” in “\(TextExcerpt.of(table.header[index]))” is not a known skill; skipped"))
                            continue
                        }
                        if column == .wantsToLearn { wants.insert(skill.id) } else { teaches.insert(skill.id) }
                    }
                default: continue
                }
            }
            var ratings: [UUID: SkillRating] = [:]
            for skillID in Set(levels.keys).union(wants).union(teaches) {
                let before = current.rating(person.id, skillID)
                let answer = levels[skillID]
                let level = answer?.level ?? before?.level ?? .none
                // Interest comes from markers or list columns when the survey asks about it; otherwise it is kept.
                let wantsToLearn = answer?.wants ?? (hasInterestColumns ? wants.contains(skillID) : (before?.wantsToLearn ?? false))
                let happyToTeach = answer?.teaches ?? (hasInterestColumns ? teaches.contains(skillID) : (before?.happyToTeach ?? false))
                ratings[skillID] = SkillRating(skillID: skillID, level: level, wantsToLearn: wantsToLearn, happyToTeach: happyToTeach,
                                               ratedAt: ratedAt)
            }
            if let earlier = answers[person.id] {
                problems.append(SurveyProblem(row: row.row, "\(person.name) also answered in row \(earlier.row); this later answer is used"))
            } else {
                order.append(person.id)
            }
            answers[person.id] = (row.row, ratings)
        }

        var changes: [SurveyChange] = []
        var unchanged = 0
        let skillOrder = data.skills.values.sorted(by: SkillsMatrix.skillOrder).map(\.id)
        for personID in order {
            guard let answer = answers[personID] else { continue }
            for skillID in skillOrder {
                guard let after = answer.ratings[skillID] else { continue }
                let before = current.rating(personID, skillID)
                if let before, before.level == after.level, before.wantsToLearn == after.wantsToLearn, before.happyToTeach == after.happyToTeach {
                    unchanged += 1
                } else {
                    changes.append(SurveyChange(row: answer.row, personID: personID, skillID: skillID, before: before, after: after))
                }
            }
        }
        return SurveyPlan(ratedAt: ratedAt, changes: changes, unchanged: unchanged, respondents: order.count,
                          problems: problems.sorted { ($0.row ?? 0) < ($1.row ?? 0) }, ignoredColumns: ignored)
    }

    /// A level with optional markers: "3", "3 - Proficient", "expert", "2+" (wants to learn), "4*" (happy to teach).
    static func parseLevel(_ text: String) -> (level: SkillLevel, wants: Bool?, teaches: Bool?)? {
        var body = text.trimmingCharacters(in: .whitespaces)
        var wants: Bool?
        var teaches: Bool?
        while let last = body.last, last == "+" || last == "*" {
            if last == "+" { wants = true } else { teaches = true }
            body = String(body.dropLast()).trimmingCharacters(in: .whitespaces)
        }
        guard let level = SkillLevel(text: body) else { return nil }
        if wants != nil || teaches != nil {
            wants = wants ?? false
            teaches = teaches ?? false
        }
        return (level, wants, teaches)
    }

    /// The person an answer belongs to: by e-mail, then handle, then name (ignoring case and accents).
    static func match(name: String, email: String, handle: String, in data: GuildData) -> Person? {
        if !email.isEmpty {
            let wanted = TextMatch.fold(email.trimmingCharacters(in: .whitespaces))
            if let person = data.people.values.first(where: { $0.email.map(TextMatch.fold) == wanted }) { return person }
            // "zoe@example.com" may be a handle's mailbox even without a stored e-mail.
            if let local = wanted.split(separator: "@").first, let person = data.person(handle: String(local)) { return person }
        }
        if !handle.isEmpty, let person = data.person(handle: handle) { return person }
        if !name.isEmpty {
            let wanted = TextMatch.fold(name.trimmingCharacters(in: .whitespaces))
            if let person = data.people.values.first(where: { TextMatch.fold($0.name) == wanted }) { return person }
            // "Ångström, Zoë" as some forms write it.
            let parts = wanted.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, let person = data.people.values.first(where: { TextMatch.fold($0.name) == "\(parts[1]) \(parts[0])" }) {
                return person
            }
        }
        return nil
    }
}
