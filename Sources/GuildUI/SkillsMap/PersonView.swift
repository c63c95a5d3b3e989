import Foundation
import GuildCore

/// The person view: strengths, what they want to learn, sessions given and attended, open action items.
enum PersonView {
    static func page(_ person: UUID, data: GuildData, calendar: Calendar) -> SkillsMapPage {
        var page = SkillsMapPage()
        guard let who = data.people[person] else { return page }
        let profile = PersonProfile(person: person, in: data)
        var title: [(String, ThemeRole)] = [(who.name, .title), ("  @\(who.handle) · \(who.team) · \(who.role)", .muted)]
        if who.isAway { title.append(("  away", .warning)) }
        if who.pairingOptOut ?? false { title.append(("  not pairing", .muted)) }
        page.header.append(SkillsMapLine(title))
        func name(_ rating: SkillRating) -> String { data.skills[rating.skillID]?.name ?? "?" }
        page.lines.append(.heading("Strengths"))
        if profile.strengths.isEmpty { page.lines.append(.text("  none at level 3+ yet", .muted)) }
        for rating in profile.strengths {
            page.lines.append(SkillsMapLine([("  \(rating.level.rawValue) ", ThemeRole.level(rating.level)), (name(rating), .text),
                                             (rating.happyToTeach ? "  happy to teach" : "", .accent)], target: .skill(rating.skillID)))
        }
        page.lines.append(.heading("Wants to learn"))
        if profile.wantsToLearn.isEmpty { page.lines.append(.text("  nothing marked", .muted)) }
        for rating in profile.wantsToLearn {
            page.lines.append(SkillsMapLine([("  \(rating.level.rawValue) ", ThemeRole.level(rating.level)), (name(rating), .text)],
                                            target: .skill(rating.skillID)))
        }
        page.lines.append(.heading("Sessions given (\(profile.given.count))"))
        for session in profile.given.prefix(12) { page.lines.append(.text("  \(Day(session.start, in: calendar))  \(session.title)")) }
        page.lines.append(.heading("Sessions attended (\(profile.attended.count))"))
        for session in profile.attended.prefix(12) { page.lines.append(.text("  \(Day(session.start, in: calendar))  \(session.title)", .muted)) }
        page.lines.append(.heading("Open action items (\(profile.openActions.count))"))
        for action in profile.openActions {
            page.lines.append(.text("  " + (action.due.map { "\($0)  " } ?? "            ") + action.title))
        }
        return page
    }
}
