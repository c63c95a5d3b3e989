import Foundation
import GuildCore

/// The learnings log: wins, opportunities and lessons with kudos, searched before starting something.
enum LearningsView {
    static func page(_ data: GuildData, query: String, calendar: Calendar) -> SkillsMapPage {
        var page = SkillsMapPage()
        page.header.append(.text("Log one: guild learnings add \"…\" --kind win|opportunity|lesson --kudos HANDLE", .muted))
        let found = LearningSearch.find(query, in: data)
        if found.isEmpty { page.lines.append(.text(query.isEmpty ? "Nothing logged yet." : "Nothing learned about “\(query)” yet.", .muted)) }
        for learning in found {
            let role: ThemeRole = switch learning.kind {
            case .win: .success
            case .opportunity: .accent
            case .lesson: .warning
            }
            page.lines.append(SkillsMapLine([(LearningSearch.badge(learning.kind) + " ", .text), (learning.kind.rawValue, role),
                                             ("  \(Day(learning.createdAt, in: calendar))", .muted),
                                             (learning.context.isEmpty ? "" : "  \(learning.context)", .muted)],
                                            target: learning.author.map { .person($0) }, selectable: true))
            page.lines.append(.text("    " + learning.text))
            var who: [String] = []
            if let author = learning.author { who.append("by \(data.name(of: author))") }
            if !learning.kudosTo.isEmpty { who.append("👏 " + learning.kudosTo.map { data.name(of: $0) }.joined(separator: ", ")) }
            if !who.isEmpty { page.lines.append(.text("    " + who.joined(separator: " · "), .muted)) }
        }
        return page
    }
}
