import Foundation
import GuildCore

/// The topic backlog: proposals by votes, then scheduled and done ones, with skills and suggested presenters.
enum TopicsView {
    static func page(_ data: GuildData) -> SkillsMapPage {
        var page = SkillsMapPage()
        page.header.append(.text("Schedule one in one step: guild topics schedule \"words of the title\" --at \"fri 16:00\"", .muted))
        let topics = TopicBacklog.ordered(data, all: true)
        if topics.isEmpty { page.lines.append(.text("No topics yet: guild topics add \"…\"", .muted)) }
        for topic in topics {
            let role: ThemeRole = topic.status == .proposed ? .title : .muted
            page.lines.append(SkillsMapLine([(String(format: "%3d▲ ", topic.votes.count), .accent), (topic.title, role),
                                             ("  \(topic.status.rawValue)", .muted)],
                                            target: topic.suggestedPresenters.first.map { .person($0) }, selectable: true))
            let skills = topic.skillIDs.compactMap { data.skills[$0]?.name }.joined(separator: ", ")
            let presenters = topic.suggestedPresenters.map { data.name(of: $0) }.joined(separator: ", ")
            var detail: [(String, ThemeRole)] = [("      ", .text)]
            if !skills.isEmpty { detail += [("skills: ", .muted), (skills, .text), ("  ", .text)] }
            detail += [("presenters: ", .muted), (presenters.isEmpty ? "—" : presenters, .text)]
            if let session = topic.sessionID.flatMap({ data.sessions[$0] }) { detail += [("  session: ", .muted), (session.title, .text)] }
            page.lines.append(SkillsMapLine(detail))
        }
        return page
    }
}
