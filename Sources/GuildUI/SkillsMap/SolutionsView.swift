import Foundation
import GuildCore

/// The solutions catalogue: need → solution we use → approximate time → risks → who knows it.
enum SolutionsView {
    static func page(_ data: GuildData, query: String) -> SkillsMapPage {
        var page = SkillsMapPage()
        page.header.append(.text("Edit with: guild solutions edit \"words of the need\" --risks … --expert HANDLE", .muted))
        let found = SolutionSearch.find(query, in: data)
        if found.isEmpty { page.lines.append(.text(query.isEmpty ? "The catalogue is empty: guild solutions add …" : "Nothing matches “\(query)”.", .muted)) }
        for solution in found {
            page.lines.append(SkillsMapLine([(solution.need, .title), ("  →  ", .muted), (solution.solution, .text)],
                                            target: solution.experts.first.map { .person($0) }, selectable: true))
            var detail: [(String, ThemeRole)] = [("      time: ", .muted), (solution.approximateTime.isEmpty ? "?" : solution.approximateTime, .text)]
            if !solution.risks.isEmpty { detail += [("  risks: ", .muted), (solution.risks, .warning)] }
            page.lines.append(SkillsMapLine(detail))
            let experts = solution.experts.map { data.name(of: $0) }.joined(separator: ", ")
            let skills = solution.skillIDs.compactMap { data.skills[$0]?.name }.joined(separator: ", ")
            page.lines.append(SkillsMapLine([("      ask: ", .muted), (experts.isEmpty ? "—" : experts, .accent),
                                             (skills.isEmpty ? "" : "  skills: \(skills)", .muted)]))
        }
        return page
    }
}
