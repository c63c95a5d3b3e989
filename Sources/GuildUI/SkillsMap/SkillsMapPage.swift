/// What one view of the skills map shows: a query line, a sub-header (the matrix's column titles) and the lines.
struct SkillsMapPage: Sendable, Equatable {
    /// Lines that stay at the top while the rest scrolls (the matrix header, a filter summary).
    var header: [SkillsMapLine] = []
    var lines: [SkillsMapLine] = []

    /// Indices of lines that take the cursor.
    var selectable: [Int] { lines.indices.filter { lines[$0].selectable } }
}
