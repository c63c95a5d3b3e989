import Foundation
import GuildCore

/// The gaps report: each thin skill, why, the suggested topic and presenters.
enum GapsView {
    static func page(_ data: GuildData, ratings: CurrentRatings? = nil) -> SkillsMapPage {
        var page = SkillsMapPage()
        page.header.append(.text(KnowledgeGap.definition, .muted))
        let gaps = SkillGaps.report(data, ratings: ratings)
        if gaps.isEmpty { page.lines.append(.text("No gaps: every skill has two or more people at level 3+.", .success)) }
        for gap in gaps {
            guard let skill = data.skills[gap.skillID] else { continue }
            page.lines.append(SkillsMapLine([(gap.isCritical ? "! " : "· ", gap.isCritical ? .error : .muted), (skill.name, .title),
                                             (skill.category.isEmpty ? "" : "  \(skill.category)", .muted),
                                             ("  " + gap.reasons.map(\.text).joined(separator: "; "), gap.isCritical ? .warning : .text)],
                                            target: .skill(skill.id)))
            page.lines.append(SkillsMapLine([("    topic: ", .muted), (gap.suggestedTopic, .accent)]))
            let presenters = gap.presenters.map { data.people[$0]?.name ?? "?" }.joined(separator: ", ")
            page.lines.append(SkillsMapLine([("    presenters: ", .muted), (presenters.isEmpty ? "nobody yet: invite someone" : presenters, .text)]))
        }
        return page
    }
}
