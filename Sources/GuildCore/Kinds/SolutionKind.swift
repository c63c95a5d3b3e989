import Foundation

extension RecordKind {
    /// Solution records, in the store's `solutions/` folder.
    public static let solution = RecordKind(folder: "solutions")
}

/// The Solution kind, declared once: its folder (above), noun, table, names, load cache coding and form.
extension Solution {
    /// Everything the program knows about Solution records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Solution.self, noun: "solution", table: \.solutions,
        title: { solution, _ in solution.need },
        cache: cacheCoding, form: SolutionForm.form
    )

    /// How the load cache writes and reads Solution records.
    static let cacheCoding = RecordCacheCoding(Solution.self, fields: ["Solution": "id,need,solution,approximateTime,risks,experts,skillIDs,updatedAt"],
        samples: { [Solution(id: RecordCacheCoding.sampleID, need: "", solution: "", updatedAt: RecordCacheCoding.sampleDate)] }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: Solution, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.need); w.string(r.solution); w.string(r.approximateTime); w.string(r.risks)
        w.uuids(r.experts); w.uuids(r.skillIDs)
        w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> Solution {
        Solution(id: try r.uuid(), need: try r.string(), solution: try r.string(), approximateTime: try r.string(),
                 risks: try r.string(), experts: try r.uuids(), skillIDs: try r.uuids(), updatedAt: try r.date())
    }
}

/// The solution form: the need, the solution we use, how long it takes, its risks, who knows it and the skills involved.
public enum SolutionForm {
    /// The fields, filled from `solution`.
    static func fields(_ solution: Solution?, data: GuildData) -> [FieldSpec] {
        [
            FieldSpec("need", "Need", .text, text: solution?.need ?? "", required: true),
            FieldSpec("solution", "Solution", .text, text: solution?.solution ?? "", required: true),
            FieldSpec("time", "Takes about", .text, text: solution?.approximateTime ?? ""),
            FieldSpec("risks", "Risks", .multiline, text: solution?.risks ?? ""),
            FieldSpec("experts", "Experts", .people, text: PeopleText.many(solution?.experts ?? [], data: data)),
            FieldSpec("skills", "Skills", .skills, text: PeopleText.skills(solution?.skillIDs ?? [], data: data)),
        ]
    }

    /// The solution the fields describe.
    static func build(_ reader: any FormInput, base: Solution?) throws(FieldError) -> Solution {
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
    /// How a form edits Solution records (part of `Solution.descriptor`).
    static let form = RecordForm(
        Solution.self, paletteOrder: 7, fields: { solution, data, _, _ in fields(solution, data: data) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, _ in
            data.solutions.values.sorted { $0.need < $1.need }.map { RecordRow(id: $0.id, title: $0.need, detail: $0.solution) }
        }
    )
}
