import Foundation
import GuildCore

/// The pairing roulette: this round's proposal (seeded; `skills.pairs.redraw` draws again) and the last rounds with their feedback.
enum PairsView {
    /// The page of `proposal` (drawn once per seed, not here); `redrawKey` names the key that draws again.
    static func page(_ proposal: PairsProposal, data: GuildData, seed: UInt64, calendar: Calendar, redrawKey: String) -> SkillsMapPage {
        var page = SkillsMapPage()
        let (draw, rounds) = (proposal.draw, proposal.rounds)
        page.header.append(.text("Proposal (seed \(seed)): \(redrawKey) draws again · record it with `guild pairs --seed \(seed)`", .muted))
        if draw.round.groups.isEmpty { page.lines.append(.text("Fewer than two people can pair right now.", .warning)) }
        for group in draw.round.groups { page.lines.append(contentsOf: lines(group, data: data)) }
        if !draw.skipped.isEmpty {
            page.lines.append(.text("Sitting out: " + draw.skipped.map { "\(data.name(of: $0.personID)) (\($0.reason.rawValue))" }
                .joined(separator: ", "), .muted))
        }
        for key in draw.repeats {
            page.lines.append(.text("Repeat: \(data.name(of: key.first)) and \(data.name(of: key.second)) (too few people)", .warning))
        }
        for round in rounds.prefix(6) {
            page.lines.append(.blank)
            page.lines.append(.heading("Round of \(Day(round.drawnAt, in: calendar))"))
            for group in round.groups { page.lines.append(contentsOf: lines(group, data: data)) }
            for note in round.feedback {
                page.lines.append(SkillsMapLine([("  \(note.shared ? "✓" : "✎") ", note.shared ? .success : .accent),
                                                 ("\(data.name(of: note.author)): ", .muted), (note.text, .text)]))
            }
        }
        return page
    }

    /// One group: names (the first selectable to open), the teach/learn skill, the teams.
    static func lines(_ group: PairingGroup, data: GuildData) -> [SkillsMapLine] {
        let names = group.members.map { data.name(of: $0) }.joined(separator: " + ")
        var spans: [(String, ThemeRole)] = [(group.members.count == 3 ? "trio  " : "pair  ", .muted), (names, .title)]
        if let skill = group.skillID.flatMap({ data.skills[$0] }) {
            spans.append(("  \(skill.name): \(data.name(of: group.teacher)) → \(data.name(of: group.learner))", .accent))
        }
        let teams = group.members.compactMap { data.people[$0]?.team }
        spans.append(("  " + (Set(teams).count > 1 ? teams.joined(separator: " × ") : "same team"), .muted))
        return [SkillsMapLine(spans, target: group.members.first.map { .person($0) })]
    }
}
