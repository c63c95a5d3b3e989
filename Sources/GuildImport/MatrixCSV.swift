import CSV
import Foundation
import GuildCore

/// The skills matrix as CSV, in the same wide shape `guild import survey` reads back: one row per person, one column
/// per skill, cells such as `3`, `2+` (wants to learn) or `4*` (happy to teach).
///
/// Safe to open in a spreadsheet: a text cell a person wrote that begins with `=`, `+`, `-`, `@`, a tab or a carriage
/// return (a formula to Excel, LibreOffice and Google Sheets) gets a leading `'`, as OWASP advises, so it shows as text.
public enum MatrixCSV {
    /// The CSV text of `matrix` (LF line ends, a final newline, fields quoted only when needed).
    ///
    /// Every field is encoded by the CSV package's writer, once per distinct value (`CSVFieldEncoder`): a matrix of
    /// 2,000 people × 300 skills has 600,000 cells but a dozen distinct ones, and the writer's checks for characters
    /// to quote cost microseconds a field. Rows are the encoded fields joined as the writer joins them (`,` between
    /// fields, `\n` between rows); `MatrixCSVTests` checks the text equals the writer's own, field by field.
    public static func text(_ matrix: SkillsMatrix) throws -> String {
        let encoder = try CSVFieldEncoder()
        var out: [UInt8] = []
        func append(row: [String]) throws {
            if !out.isEmpty { out.append(UInt8(ascii: "\n")) }
            for (index, value) in row.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: try encoder.encode(value))
            }
        }
        try append(row: ["Name", "Handle", "E-mail", "Team"] + matrix.skills.map { text($0.name) })
        for (row, person) in matrix.people.enumerated() {
            let cells = matrix.skills.indices.map { column in matrix.rating(row: row, column: column).map(cell) ?? "" }
            try append(row: [text(person.name), person.handle, text(person.email ?? ""), text(person.team)] + cells)
        }
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    /// The same text written field by field through the CSV package's writer (what `text` must equal).
    static func writerText(_ matrix: SkillsMatrix) throws -> String {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: ["Name", "Handle", "E-mail", "Team"] + matrix.skills.map { text($0.name) })
        for (row, person) in matrix.people.enumerated() {
            let cells = matrix.skills.indices.map { column in matrix.rating(row: row, column: column).map(cell) ?? "" }
            try writer.write(row: [text(person.name), person.handle, text(person.email ?? ""), text(person.team)] + cells)
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return (String(data: data, encoding: .utf8) ?? "") + "\n"
    }

    /// A text cell a spreadsheet will not run: `'` before a leading `=`, `+`, `-`, `@`, tab or carriage return.
    public static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return value }
        return "'" + value
    }

    /// One cell: the level and the interest markers.
    static func cell(_ rating: SkillRating) -> String {
        "\(rating.level.rawValue)" + (rating.wantsToLearn ? "+" : "") + (rating.happyToTeach ? "*" : "")
    }
}
