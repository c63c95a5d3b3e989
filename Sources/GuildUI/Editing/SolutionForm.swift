import Foundation
import GuildCore

/// The solution form: the need, the solution we use, how long it takes, its risks, who knows it and the skills involved.
enum SolutionForm {
    /// The fields, filled from `solution`.
    static func fields(_ solution: Solution?, data: GuildData) -> [FormField] {
        [
            FormField("need", "Need", .text, text: solution?.need ?? "", required: true),
            FormField("solution", "Solution", .text, text: solution?.solution ?? "", required: true),
            FormField("time", "Takes about", .text, text: solution?.approximateTime ?? ""),
            FormField("risks", "Risks", .multiline, text: solution?.risks ?? ""),
            FormField("experts", "Experts", .people, text: PeopleText.many(solution?.experts ?? [], data: data)),
            FormField("skills", "Skills", .skills, text: PeopleText.skills(solution?.skillIDs ?? [], data: data)),
        ]
    }

    /// The solution the fields describe.
    static func build(_ reader: FormReader, base: Solution?) throws(FieldError) -> Solution {
        var solution = base ?? Solution(id: reader.newID(), need: "", solution: "", updatedAt: reader.now)
        solution.need = try reader.text("need")
        solution.solution = try reader.text("solution")
        solution.approximateTime = try reader.text("time")
        solution.risks = try reader.text("risks")
        solution.experts = try reader.ids("experts")
        solution.skillIDs = try reader.ids("skills")
        solution.updatedAt = reader.now
        return solution
    }
}

extension SolutionForm {
    /// How the dashboard edits Solution records (registered in `RecordEditor.all`).
    static let editor = RecordEditor(
        Solution.self, fields: { solution, data, _, _ in fields(solution, data: data) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, _ in
            data.solutions.values.sorted { $0.need < $1.need }.map { RecordPicker.Row(id: $0.id, title: $0.need, detail: $0.solution) }
        }
    )
}
