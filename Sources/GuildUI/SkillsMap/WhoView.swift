import Foundation
import GuildCore

/// Who to ask: people ranked for the question, each hit explained.
enum WhoView {
    static func page(_ data: GuildData, query: String, ratings: CurrentRatings? = nil, index: WhoToAskIndex? = nil) -> SkillsMapPage {
        var page = SkillsMapPage()
        guard !QueryWords(query).isEmpty else {
            page.lines.append(.text("Type / and a question; people are ranked by skill level, talks given, solutions known, planned talks, topics and learnings.", .muted))
            return page
        }
        let hits = WhoToAsk.rank(query, in: data, limit: 30, ratings: ratings, index: index)
        if hits.isEmpty { page.lines.append(.text("Nobody matches “\(query)” yet: a gap worth a topic?", .warning)) }
        for (index, hit) in hits.enumerated() {
            let person = data.people[hit.personID]
            // The handle tells two people with one name apart.
            let handle = "  @" + (person?.handle ?? "?") + (person.map { $0.team.isEmpty ? "" : " · " + $0.team } ?? "")
            page.lines.append(SkillsMapLine([("\(index + 1). ", .muted), (person?.name ?? "?", .title), (handle, .muted),
                                             ("  \(hit.summary)", hit.away ? .warning : .accent)], target: .person(hit.personID)))
            for reason in hit.reasons.prefix(3) { page.lines.append(.text("     · " + reason.text(in: data), .text)) }
        }
        return page
    }
}
