import Foundation
import GuildCore

/// The skill view: people ranked by level and interest, who taught it in past sessions, coverage over time.
enum SkillView {
    static func page(_ skill: UUID, data: GuildData, now: Date, calendar: Calendar) -> SkillsMapPage {
        var page = SkillsMapPage()
        guard let info = data.skills[skill] else { return page }
        let profile = SkillProfile(skill: skill, in: data, now: now, calendar: calendar)
        page.header.append(SkillsMapLine([(info.name, .title), ("  \(info.category)", .muted),
                                          (info.isCritical ? "  critical" : "", .warning)]))
        let trend = profile.history.trend
        page.header.append(SkillsMapLine([("Level 3+ over 12 months: ", .muted),
                                          ("\(profile.history.counts.last ?? 0) now (\(trend >= 0 ? "+" : "")\(trend))  ", .text)],
                                         sparkline: profile.history.counts.map(Double.init)))
        page.lines.append(.heading("People (level, then teaching, then learning)"))
        for (person, rating) in profile.people {
            var spans: [(String, ThemeRole)] = [("  \(rating.level.rawValue) ", ThemeRole.level(rating.level)), (data.name(of: person), .text)]
            if rating.happyToTeach { spans.append(("  * happy to teach", .accent)) }
            if rating.wantsToLearn { spans.append(("  + wants to learn", .interest)) }
            if data.people[person]?.isAway ?? false { spans.append(("  away", .warning)) }
            page.lines.append(SkillsMapLine(spans, target: .person(person)))
        }
        page.lines.append(.heading("Taught in past sessions"))
        let past = profile.taughtIn.filter { $0.start <= now }
        if past.isEmpty { page.lines.append(.text("  no session yet", .muted)) }
        for session in past.prefix(10) {
            let presenters = session.presenters.map { data.name(of: $0) }.joined(separator: ", ")
            page.lines.append(SkillsMapLine([("  \(Day(session.start, in: calendar))  ", .muted), (session.title, .text), ("  by \(presenters)", .accent)]))
        }
        return page
    }
}
