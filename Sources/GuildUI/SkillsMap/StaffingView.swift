import Foundation
import GuildCore

/// Staffing: people for a piece of work, ranked by coverage of the needed skills, with learners' growth.
enum StaffingView {
    static func page(_ data: GuildData, query: String) -> SkillsMapPage {
        var page = SkillsMapPage()
        let parsed = Staffing.skills(named: query, in: data)
        if parsed.skills.isEmpty {
            page.lines.append(.text("Type / and the skills a piece of work needs, separated by commas (\"Kubernetes, Go\").", .muted))
        } else {
            page.header.append(.text("Needs: " + parsed.skills.compactMap { data.skills[$0]?.name }.joined(separator: ", ")
                + (parsed.unknown.isEmpty ? "" : "  (not skills: \(parsed.unknown.joined(separator: ", ")))"), .muted))
        }
        for candidate in Staffing.suggest(skills: parsed.skills, in: data).prefix(40) {
            func names(_ ids: [UUID]) -> String { ids.compactMap { data.skills[$0]?.name }.joined(separator: ", ") }
            var spans: [(String, ThemeRole)] = [(String(format: "%4d%% ", candidate.percent), candidate.percent >= 100 ? .success : .accent),
                                                (data.name(of: candidate.personID), candidate.away ? .muted : .title)]
            if candidate.away { spans.append((" (away)", .warning)) }
            if !candidate.covered.isEmpty { spans.append(("  covers \(names(candidate.covered))", .text)) }
            if !candidate.growth.isEmpty { spans.append(("  grows in \(names(candidate.growth)) 🌱", .success)) }
            page.lines.append(SkillsMapLine(spans, target: .person(candidate.personID)))
        }
        return page
    }
}
