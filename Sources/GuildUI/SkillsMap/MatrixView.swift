import Foundation
import GuildCore
import TerminalGrid

/// The full skills matrix with sorting and filtering: people as rows, skills as 4-column cells, a coverage row.
enum MatrixView {
    static let cellWidth = 4

    /// The widest name of the matrix's people (kept with the matrix: measuring every name is linear in people).
    static func longestName(_ matrix: SkillsMatrix) -> Int {
        matrix.people.map { DisplayWidth.of($0.name) }.max() ?? 4
    }

    /// The name column's width for `width` columns of screen and the widest name `longest`.
    static func nameWidth(longest: Int, width: Int) -> Int {
        max(6, min(22, longest, width / 3))
    }

    /// How many skill columns fit.
    static func visibleColumns(longest: Int, width: Int) -> Int {
        max(1, (width - nameWidth(longest: longest, width: width) - 1) / cellWidth)
    }

    /// The matrix page: its header, then a line per person and the coverage line; only the people of `rows` (the ones
    /// on screen) have their cells drawn, the others are empty lines, so a key costs what the screen shows. `clearKey`
    /// names the key that clears the filters (from the keymap, so a remap shows).
    static func page(
        _ matrix: SkillsMatrix, longest: Int, map: SkillsMapState, data: GuildData, width: Int, clearKey: String, rows: Range<Int>? = nil
    ) -> SkillsMapPage {
        var page = SkillsMapPage()
        let options = map.options
        var summary = "sort: \(options.sort.rawValue)"
        if options.sort == .skill, let id = options.sortSkill, let skill = data.skills[id] { summary += " (\(skill.name))" }
        summary += " · team: \(options.team ?? "all") · category: \(options.category ?? "all")"
        summary += " · min level: \(options.minimumLevel.rawValue) · interest: \(options.interest.rawValue)"
        page.header.append(.text(summary, options.isFiltered ? .accent : .muted))
        let nameWidth = nameWidth(longest: longest, width: width)
        let shown = visibleColumns(longest: longest, width: width)
        let columns = Array(matrix.skills.indices.dropFirst(map.columnOffset).prefix(shown))
        var header: [(String, ThemeRole)] = [(pad("", nameWidth + 1), .header)]
        for column in columns {
            let name = matrix.skills[column].name
            let label = DisplayWidth.truncate(name, toWidth: cellWidth - 1, ellipsis: "")
            header.append((pad(label, cellWidth), column == map.column ? .accent : .header))
        }
        page.header.append(SkillsMapLine(header))
        if matrix.people.isEmpty || matrix.skills.isEmpty {
            page.lines.append(.text(matrix.people.isEmpty ? "Nobody matches these filters (\(clearKey) clears them)." : "No skills match these filters (\(clearKey) clears them)."))
            return page
        }
        let drawn = rows ?? matrix.people.indices
        for (row, person) in matrix.people.enumerated() {
            guard drawn.contains(row) else {
                page.lines.append(SkillsMapLine([], target: .person(person.id)))
                continue
            }
            var spans: [(String, ThemeRole)] = [(pad(DisplayWidth.truncate(person.name, toWidth: nameWidth), nameWidth + 1), row == map.row ? .selection : .text)]
            for column in columns {
                let rating = matrix.rating(row: row, column: column)
                let role: ThemeRole = row == map.row && column == map.column ? .cursor : ThemeRole.level(rating?.level)
                spans.append((pad(cell(rating), cellWidth), role))
            }
            page.lines.append(SkillsMapLine(spans, target: .person(person.id)))
        }
        var coverage: [(String, ThemeRole)] = [(pad("3+ coverage", nameWidth + 1), .muted)]
        for column in columns {
            let count = matrix.coverage[column]
            coverage.append((pad(" \(count)", cellWidth), count < 2 ? .warning : .muted))
        }
        page.lines.append(SkillsMapLine(coverage))
        return page
    }

    /// " 3+*" style: the level digit, + wants to learn, * happy to teach; "  ·" when unrated.
    static func cell(_ rating: SkillRating?) -> String {
        guard let rating else { return "  ·" }
        return " \(rating.level.rawValue)" + (rating.wantsToLearn ? "+" : "") + (rating.happyToTeach ? "*" : "")
    }

    /// The cursor cell in words, for the status line.
    static func describe(_ matrix: SkillsMatrix, row: Int, column: Int) -> String? {
        guard matrix.people.indices.contains(row), matrix.skills.indices.contains(column) else { return nil }
        let person = matrix.people[row]
        let skill = matrix.skills[column]
        guard let rating = matrix.rating(row: row, column: column) else { return "\(person.name) · \(skill.name): not rated" }
        return "\(person.name) · \(skill.name): \(rating.level.rawValue) \(rating.level.name)"
            + (rating.wantsToLearn ? ", wants to learn" : "") + (rating.happyToTeach ? ", happy to teach" : "")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
