import Foundation
import GuildCore

/// What every column of a survey holds and which scale its level answers use, decided from the titles, the
/// answers and the user's options, with every decision that could surprise someone reported.
struct SurveyLayout {
    var columns: [SurveyColumn]
    /// Problems with whole columns (unknown skills, unreadable choice groups, mappings naming no column).
    var problems: [SurveyProblem] = []
    /// Columns read by alias or --map: "“Rate your skills [K8s]” → Kubernetes".
    var notes: [String] = []
    var scale: SurveyScale = .guild
    /// Why that scale: "--scale", "stated in “…”", "a 5 was answered", or the assumption spelled out.
    var scaleReason = ""
    /// What each one-column-per-choice question asked, by group number (from --choices).
    var choiceInterests: [Int: SurveyInterest] = [:]

    /// What a choice group asked, nil when it is not read.
    func choiceInterest(_ group: Int) -> SurveyInterest? { choiceInterests[group] }

    /// Decides the layout of `table` against the store's skills; throws when a --map names no skill.
    static func build(_ table: SurveyTable, lookup: SkillLookup, options: SurveyOptions) throws(SurveyError) -> SurveyLayout {
        let width = table.header.count
        var values = Array(repeating: [String](), count: width)
        for row in table.rows {
            for index in 0..<min(width, row.fields.count) {
                let text = SurveyCell.trimmed(row.fields[index])
                if !SurveyCell.isBlank(text) { values[index].append(text) }
            }
        }
        var layout = SurveyLayout(columns: [])
        var choiceCandidates = Set<Int>()
        for (index, title) in table.header.enumerated() {
            let column = try layout.classify(title, values: values[index], lookup: lookup, options: options)
            if case .choice = column { choiceCandidates.insert(index) }
            layout.columns.append(column)
        }
        // A choice nobody picked has no answers: next to other choices, a skill-titled empty column is one too.
        var extended = true
        while extended {
            extended = false
            for (index, column) in layout.columns.enumerated() where !choiceCandidates.contains(index) && values[index].isEmpty {
                guard case .level(let skill) = column, lookup.skill(named: table.header[index]) != nil,
                      choiceCandidates.contains(index - 1) || choiceCandidates.contains(index + 1) else { continue }
                layout.columns[index] = .choice(skill: skill, group: -1)
                choiceCandidates.insert(index)
                extended = true
            }
        }
        layout.resolveNames()
        layout.groupChoices(candidates: choiceCandidates, header: table.header, lookup: lookup, options: options)
        for mapping in options.mappings where !table.header.contains(where: { Self.mapping(mapping, matches: $0) }) {
            layout.problems.append(SurveyProblem(row: nil, "--map “\(mapping.column)”: no column has that title"))
        }
        layout.detectScale(table, values: values, options: options)
        return layout
    }

    /// Whether a --map entry names this column, by its whole title or the skill in its brackets.
    static func mapping(_ mapping: SurveyMapping, matches title: String) -> Bool {
        let wanted = TextMatch.fold(mapping.column).trimmingCharacters(in: .whitespaces)
        if TextMatch.fold(title).trimmingCharacters(in: .whitespacesAndNewlines) == wanted { return true }
        return SurveyHeader.subjects(title).contains { TextMatch.fold($0) == wanted }
    }

    // MARK: - One column

    private mutating func classify(_ title: String, values: [String], lookup: SkillLookup, options: SurveyOptions)
        throws(SurveyError) -> SurveyColumn {
        if let mapping = options.mappings.last(where: { Self.mapping($0, matches: title) }) {
            return try mapped(title, mapping, lookup: lookup)
        }
        let meaning = SurveyHeader.meaning(title)
        switch meaning {
        case .fullName: return .name
        case .firstName: return .firstName
        case .lastName: return .lastName
        case .handle: return .handle
        case .email:
            // A question such as "Would you like e-mail updates?" is not an address column.
            return values.isEmpty || values.contains(where: { $0.contains("@") }) || values.allSatisfy({ $0.lowercased() == "anonymous" })
                ? .email : .ignored("no e-mail addresses in it")
        case .metadata: return .ignored("")
        default: break
        }
        let plain = SurveyHeader.plain(title)

        // "Question [Row]" (Google Forms grids) and "Question.Statement" (Microsoft Forms Likert).
        let subjects = SurveyHeader.subjects(title)
        for subject in subjects {
            guard let hit = lookup.skill(named: subject) else { continue }
            note(hit, lookup)
            let question = SurveyHeader.question(title, subject: subject)
            if let interest = Self.interest(of: question), Self.yesNoShaped(values, label: nil) {
                return .flag(hit.id, interest)
            }
            return .level(hit.id)
        }
        if let bracketed = subjects.first, title.trimmingCharacters(in: .whitespaces).hasSuffix("]") {
            return unknownSkill(title, subject: bracketed, lookup: lookup)
        }

        // A title that is a skill: a level column, or one choice of a one-column-per-choice multi-select.
        if let hit = lookup.skill(named: title) {
            if Self.choiceShaped(values, title: title) { return .choice(skill: hit.id, group: -1) }
            note(hit, lookup)
            return .level(hit.id)
        }

        switch meaning {
        case .interest(let interest):
            if Self.skillListShaped(values, lookup: lookup) { return .list(interest) }
            if Self.yesNoShaped(values, label: nil) {
                let mentioned = lookup.mentions(in: title)
                if mentioned.count == 1 { return .flag(mentioned[0], interest) }
                return .ignored("a yes/no question, not a list of skills")
            }
            return .ignored(values.isEmpty ? "no answers" : "its answers are not skills")
        case .learnAndTeach:
            return .ignored("asks about learning and teaching at once (pass --map \"\(title)=learn\" or \"=teach\")")
        default: break
        }

        // An unbracketed question naming one skill: "How would you rate your skill in Kubernetes?" (Typeform).
        let levelShaped = Self.levelShaped(values)
        let mentioned = lookup.mentions(in: title)
        if mentioned.count == 1, SurveyHeader.asksForLevel(title) || levelShaped {
            return .level(mentioned[0])
        }
        if mentioned.count > 1, SurveyHeader.asksForLevel(title) || levelShaped {
            let names = mentioned.map(lookup.name).joined(separator: ", ")
            problems.append(SurveyProblem(row: nil, "column “\(title)” names several skills (\(names)); not imported (pass --map \"\(title)=Skill\")"))
            return .ignored("names several skills")
        }
        if Self.choiceShaped(values, title: title), !plain.isEmpty { return .choice(skill: nil, group: -1) }
        if levelShaped, SurveyHeader.asksForLevel(title) || !subjects.isEmpty || Self.onlyLevels(values) {
            return unknownSkill(title, subject: subjects.first ?? Self.subjectGuess(title), lookup: lookup)
        }
        return .ignored("")
    }

    private mutating func mapped(_ title: String, _ mapping: SurveyMapping, lookup: SkillLookup) throws(SurveyError) -> SurveyColumn {
        switch mapping.target {
        case .skill(let name):
            guard let hit = lookup.skill(named: name) else {
                let hint = lookup.suggestion(for: name).map { " (did you mean “\($0)”?)" } ?? " (add it with `guild add skill`)"
                throw SurveyError("--map “\(mapping.column)=\(name)”: no skill is named “\(name)”" + hint)
            }
            notes.append("“\(title)” → \(lookup.name(hit.id)) (--map)")
            return .level(hit.id)
        case .name: return .name
        case .firstName: return .firstName
        case .lastName: return .lastName
        case .email: return .email
        case .handle: return .handle
        case .list(let interest): return .list(interest)
        case .ignore: return .ignored("--map")
        }
    }

    private mutating func note(_ hit: (id: UUID, match: SkillLookup.Match), _ lookup: SkillLookup) {
        if case .alias(let spelled) = hit.match { notes.append("“\(spelled)” → \(lookup.name(hit.id))") }
    }

    private mutating func unknownSkill(_ title: String, subject: String, lookup: SkillLookup) -> SurveyColumn {
        let guess = subject.isEmpty ? title : subject
        let hint = lookup.suggestion(for: guess).map { "did you mean “\($0)”? pass --map \"\(title)=\($0)\"" }
            ?? "add it with `guild add skill \"\(guess)\"` or pass --map \"\(title)=Skill\""
        problems.append(SurveyProblem(row: nil, "column “\(title)” names no known skill; \(hint)"))
        return .ignored("names no known skill")
    }

    /// "How would you rate your skill in Terraform?" → "Terraform", for the unknown-skill hint.
    private static func subjectGuess(_ title: String) -> String {
        let trimmed = title.trimmingCharacters(in: CharacterSet(charactersIn: " ?:*.!"))
        for marker in [" in ", " with ", " at ", " of ", " for ", " on "] {
            if let range = trimmed.range(of: marker, options: [.backwards, .caseInsensitive]) {
                let tail = trimmed[range.upperBound...].trimmingCharacters(in: .whitespaces)
                if !tail.isEmpty, tail.split(separator: " ").count <= 3 { return tail }
            }
        }
        return trimmed
    }

    private static func interest(of question: String) -> SurveyInterest? {
        let learns = SurveyHeader.mentionsLearning(question), teaches = SurveyHeader.mentionsTeaching(question)
        if learns == teaches { return nil }
        return learns ? .learn : .teach
    }

    // MARK: - Answer shapes

    /// Every answer is the column's own title (a choice written one column per choice).
    private static func choiceShaped(_ values: [String], title: String) -> Bool {
        let wanted = TextMatch.fold(title).trimmingCharacters(in: .whitespaces)
        return !values.isEmpty && values.allSatisfy { TextMatch.fold($0) == wanted }
    }

    /// Every answer is yes/no-like.
    private static func yesNoShaped(_ values: [String], label: String?) -> Bool {
        !values.isEmpty && values.allSatisfy { SurveyCell.yesNo($0, label: label) != nil }
    }

    /// Most answers read as levels (or are numbers that will be refused row by row, such as "2.5").
    private static func levelShaped(_ values: [String]) -> Bool {
        guard !values.isEmpty else { return false }
        let levels = values.filter { value in
            if (try? SurveyCell.parse(value))?.level != nil { return true }
            return value.first?.isNumber ?? false
        }.count
        return levels * 2 > values.count
    }

    /// Every answer is a level or a whole number up to 10 (a column of answers on some scale).
    private static func onlyLevels(_ values: [String]) -> Bool {
        values.count >= 2 && values.allSatisfy { value in
            guard let cell = (try? SurveyCell.parse(value)) ?? nil, let level = cell.level else { return false }
            if case .number(let number, _) = level { return number <= 10 }
            return true
        }
    }

    /// At least half of the listed items are known skills (or "none").
    private static func skillListShaped(_ values: [String], lookup: SkillLookup) -> Bool {
        var known = 0, total = 0
        for value in values {
            for item in lookup.items(value) {
                total += 1
                if lookup.skill(named: item) != nil || SurveyCell.saysNone(item) { known += 1 }
            }
        }
        return known > 0 && known * 2 >= total
    }

    // MARK: - Whole file

    /// With a first-name column, a plain "Name"/"Nom" is the family name (German and French forms).
    private mutating func resolveNames() {
        guard columns.contains(.firstName), !columns.contains(.lastName) else { return }
        if let index = columns.firstIndex(of: .name) { columns[index] = .lastName }
    }

    /// Numbers runs of adjacent choice columns as questions and gives each the meaning --choices says.
    private mutating func groupChoices(candidates: Set<Int>, header: [String], lookup: SkillLookup, options: SurveyOptions) {
        var groups: [[Int]] = []
        for index in candidates.sorted() {
            if let last = groups.last?.last, last == index - 1 { groups[groups.count - 1].append(index) } else { groups.append([index]) }
        }
        for (number, group) in groups.enumerated() {
            let titles = group.map { "“\(header[$0])”" }.joined(separator: ", ")
            for index in group {
                guard case .choice(let skill, _) = columns[index] else { continue }
                columns[index] = .choice(skill: skill, group: number)
                if skill == nil {
                    let hint = lookup.suggestion(for: header[index]).map { " (did you mean “\($0)”?)" } ?? ""
                    problems.append(SurveyProblem(row: nil, "choice “\(header[index])” names no known skill\(hint); not imported"))
                }
            }
            if number >= options.choices.count {
                problems.append(SurveyProblem(row: nil,
                    "columns \(titles) are the choices of one multi-select question, one column per choice as Typeform writes them, "
                    + "and the file does not say what it asked: pass --choices learn or --choices teach (one per such question, in order); not imported"))
                for index in group { columns[index] = .ignored("multi-select choice") }
            } else if options.choices[number] == nil {
                for index in group { columns[index] = .ignored("--choices ignore") }
            } else if let interest = options.choices[number] {
                choiceInterests[number] = interest
                notes.append("choices \(titles) → \(interest.phrase) (--choices)")
            }
        }
        if options.choices.count > groups.count, !options.choices.isEmpty {
            problems.append(SurveyProblem(row: nil, "--choices gives \(options.choices.count) meanings but the file has \(groups.count) one-column-per-choice question\(groups.count == 1 ? "" : "s")"))
        }
    }

    /// The scale: --scale; else one a level column's title states; else the labels ("1 - None" starts at 1); else
    /// the answers (a 5 means 1–5); else Guild's 0–4, said so when no answer was 0 to prove it.
    private mutating func detectScale(_ table: SurveyTable, values: [[String]], options: SurveyOptions) {
        if let scale = options.scale {
            (self.scale, scaleReason) = (scale, "--scale")
            return
        }
        var numbers: [Int] = []
        var offsets = Set<Int>()
        var stated: (SurveyScale, String)?
        for (index, column) in columns.enumerated() {
            guard case .level = column else { continue }
            if stated == nil, let scale = SurveyHeader.statedScale(table.header[index]) { stated = (scale, table.header[index]) }
            for value in values[index] {
                guard let cell = try? SurveyCell.parse(value), case .number(let number, let label)? = cell.level else { continue }
                numbers.append(number)
                if let label { offsets.insert(number - label.rawValue) }
            }
        }
        if let (scale, title) = stated {
            (self.scale, scaleReason) = (scale, "stated in “\(title)”")
        } else if offsets == [1] {
            (scale, scaleReason) = (.oneToFive, "the answers' labels start the scale at 1")
        } else if offsets == [0] {
            (scale, scaleReason) = (.guild, "the answers' labels start the scale at 0")
        } else if let highest = numbers.max(), let lowest = numbers.min(), highest == 5, lowest >= 1 {
            (scale, scaleReason) = (.oneToFive, "a 5 was answered and no 0")
        } else if let highest = numbers.max(), highest > 4 {
            scale = .guild
            scaleReason = "Guild's own"
            problems.append(SurveyProblem(row: nil, "level answers run from \(numbers.min() ?? 0) to \(highest), which is neither 0–4 nor 1–5: "
                + "pass --scale \(numbers.min() == 0 ? 0 : 1)-\(highest) to map them; answers above 4 are refused meanwhile"))
        } else if numbers.isEmpty || numbers.contains(0) {
            (scale, scaleReason) = (.guild, "Guild's own")
        } else {
            (scale, scaleReason) = (.guild, "Guild's own, assumed as no answer was 0 or 5; if the form asked 1–5, pass --scale 1-5")
        }
    }
}
