import Foundation
import GuildCore
import TerminalGrid

/// The pairing roulette on the pairs tab: the proposal, one line per person so the cursor is on a person (marked for a
/// swap, teaching or learning the group's skill); the partners of the person under the cursor with the reasons; and
/// the pairing history, who paired with whom and when.
enum PairsView {
    /// How many recorded rounds the history shows; older ones are for `guild pairs history --rounds N`.
    static let historyRounds = 26

    /// The proposal page of `draft` (drawn on request and kept in the map's state, never here); `recent` holds the pairs
    /// of the draw's window of recent rounds (`PairingRoulette.recentPairs`).
    static func page(_ draft: PairsDraft?, recent: Set<PairKey>, data: GuildData, calendar: Calendar, keymap: Keymap) -> SkillsMapPage {
        var page = SkillsMapPage()
        func key(_ command: SkillsMapCommand) -> String { keymap.firstKeyName(command.rawValue) }
        guard let draft else {
            page.lines.append(.text("No proposal yet: \(key(.redraw)) draws one.", .muted))
            return page
        }
        let round = draft.round
        let recorded = data.pairingRounds[round.id] != nil
        if recorded {
            page.header.append(SkillsMapLine([("✓ Recorded: round of \(Day(round.drawnAt, in: calendar)) (seed \(round.seed))", .success),
                                              ("  \(key(.redraw)) draws the next · \(key(.history)) history", .muted)]))
        } else {
            let swaps = draft.swaps == 0 ? "" : ", \(draft.swaps) swap\(draft.swaps == 1 ? "" : "s")"
            page.header.append(SkillsMapLine([("Proposal (seed \(round.seed)\(swaps)), not recorded", .accent),
                                              ("  \(key(.mark)) swap two · \(key(.record)) record · \(key(.redraw)) draw again · \(key(.history)) history",
                                               .muted)]))
        }
        if round.groups.isEmpty { page.lines.append(.text("Fewer than two people can pair right now.", .warning)) }
        let people = round.groups.flatMap(\.members)
        let nameWidth = min(24, people.map { DisplayWidth.of(data.name(of: $0)) }.max() ?? 4)
        let teamWidth = min(16, people.map { DisplayWidth.of(data.people[$0]?.team ?? "") }.max() ?? 0)
        for (number, group) in round.groups.enumerated() {
            let skill = group.skillID.flatMap { data.skills[$0] }?.name
            // Once recorded, the round itself is the recent one: the warning was for before.
            let repeats = !recorded && group.pairKeys.contains { recent.contains($0) }
            for (position, member) in group.members.enumerated() {
                let marked = draft.marked == member
                let label = position == 0 ? String(number + 1) : ""
                var spans: [(String, ThemeRole)] = [(String(repeating: " ", count: max(0, 3 - label.count)) + label + " ", .muted),
                                                    (marked ? "◆ " : "  ", .warning)]
                spans.append((pad(DisplayWidth.truncate(data.name(of: member), toWidth: nameWidth), nameWidth + 2), marked ? .warning : .title))
                spans.append((pad(DisplayWidth.truncate(data.people[member]?.team ?? "", toWidth: teamWidth), teamWidth + 2), .muted))
                if let skill, member == group.teacher {
                    spans.append(("teaches \(skill)", .accent))
                } else if let skill, member == group.learner {
                    spans.append(("learns \(skill)", .interest))
                }
                if position == 0, repeats { spans.append(("  ⚠ paired recently", .warning)) }
                page.lines.append(SkillsMapLine(spans, target: .person(member)))
            }
        }
        if !draft.draw.skipped.isEmpty {
            page.lines.append(.blank)
            page.lines.append(.text("Sitting out: " + draft.draw.skipped.map { "\(data.name(of: $0.personID)) (\($0.reason.rawValue))" }
                .joined(separator: ", "), .muted))
        }
        return page
    }

    /// The lines under the proposal for `person`: their best partners, each with the reasons, then whom they paired
    /// with before and when. Everything comes from `index` (built once per data change).
    static func partners(of person: UUID, index: PartnerIndex, data: GuildData, limit: Int, calendar: Calendar) -> [SkillsMapLine] {
        let handle = data.people[person].map { "  @\($0.handle)" } ?? ""
        var lines = [SkillsMapLine([("Partners for ", .header), (data.name(of: person), .title), (handle + ", best first", .muted)])]
        let suggestions = index.suggest(for: person, limit: limit)
        if suggestions.isEmpty { lines.append(.text("  nobody else can pair right now", .muted)) }
        for (number, suggestion) in suggestions.enumerated() {
            let reasons = suggestion.reasons(in: data) { Day($0, in: calendar).description }
            lines.append(SkillsMapLine([("  \(number + 1). ", .muted), (data.name(of: suggestion.partner), .text),
                                        ("  " + reasons.joined(separator: " · "), suggestion.isTeachingMatch ? .accent : .muted)],
                                       target: .person(suggestion.partner), selectable: false))
        }
        let history = index.history(of: person)
        var before: [(String, ThemeRole)] = [("Paired before: ", .header)]
        if history.isEmpty {
            before.append(("never", .muted))
        } else {
            let shown = history.prefix(4).map { pairing in
                pairing.partners.map { data.name(of: $0) }.joined(separator: " + ") + " (\(Day(pairing.drawnAt, in: calendar)))"
            }
            before.append((shown.joined(separator: ", "), .text))
            if history.count > shown.count { before.append((", and \(history.count - shown.count) more rounds", .muted)) }
        }
        lines.append(SkillsMapLine(before))
        return lines
    }

    /// The pairing history: every recorded round (the last `historyRounds`), newest first, with its groups and feedback.
    static func history(_ data: GuildData, calendar: Calendar, keymap: Keymap) -> SkillsMapPage {
        var page = SkillsMapPage()
        func key(_ command: SkillsMapCommand) -> String { keymap.firstKeyName(command.rawValue) }
        page.header.append(.text("Pairing history: who paired with whom, and when, newest first · \(key(.history)) back to the proposal", .muted))
        let rounds = data.pairingRounds.values.sorted { a, b in a.drawnAt != b.drawnAt ? a.drawnAt > b.drawnAt : b.id.precedes(a.id) }
        if rounds.isEmpty { page.lines.append(.text("No round recorded yet: \(key(.record)) on the proposal records one (or `guild pairs`).", .muted)) }
        for (number, round) in rounds.prefix(historyRounds).enumerated() {
            if number > 0 { page.lines.append(.blank) }
            let trios = round.groups.filter { $0.members.count == 3 }.count
            let pairs = round.groups.count - trios
            page.lines.append(.heading("Round of \(Day(round.drawnAt, in: calendar)) · \(pairs) pair\(pairs == 1 ? "" : "s")"
                + (trios == 0 ? "" : ", \(trios) trio\(trios == 1 ? "" : "s")")))
            for group in round.groups { page.lines.append(contentsOf: lines(group, data: data)) }
            for note in round.feedback {
                page.lines.append(SkillsMapLine([("      \(note.shared ? "✓" : "✎") ", note.shared ? .success : .accent),
                                                 ("\(data.name(of: note.author)): ", .muted), (note.text, .text)]))
            }
        }
        if rounds.count > historyRounds {
            page.lines.append(.blank)
            page.lines.append(.text("\(rounds.count - historyRounds) older rounds: guild pairs history --rounds \(rounds.count)", .muted))
        }
        return page
    }

    /// One group: names (the first selectable to open), the teach/learn skill, the teams.
    static func lines(_ group: PairingGroup, data: GuildData) -> [SkillsMapLine] {
        let names = group.members.map { data.name(of: $0) }.joined(separator: " + ")
        var spans: [(String, ThemeRole)] = [(group.members.count == 3 ? "  trio  " : "  pair  ", .muted), (names, .title)]
        if let skill = group.skillID.flatMap({ data.skills[$0] }) {
            spans.append(("  \(skill.name): \(data.name(of: group.teacher)) → \(data.name(of: group.learner))", .accent))
        }
        let teams = group.members.compactMap { data.people[$0]?.team }
        spans.append(("  " + (Set(teams).count > 1 ? teams.joined(separator: " × ") : "same team"), .muted))
        return [SkillsMapLine(spans, target: group.members.first.map { .person($0) })]
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        MatrixView.pad(text, width)
    }
}
