import Foundation
import GuildCore

/// A pairing round as lines for the terminal: each group, its teach/learn skill and its teams, then feedback.
enum PairingLines {
    /// "Zoë Ångström + Aanya Kapoor — Kubernetes: zoe teaches, aanya learns · Platform × Mobile".
    static func group(_ group: PairingGroup, in data: GuildData) -> String {
        let names = group.members.map { data.people[$0]?.name ?? "(unknown)" }.joined(separator: " + ")
        var why: [String] = []
        if let skill = group.skillID.flatMap({ data.skills[$0] }), let teacher = group.teacher, let learner = group.learner {
            why.append("\(skill.name): @\(data.people[teacher]?.handle ?? "?") teaches, @\(data.people[learner]?.handle ?? "?") learns")
        }
        let teams = group.members.compactMap { data.people[$0]?.team }.filter { !$0.isEmpty }
        if Set(teams).count > 1 { why.append(teams.joined(separator: " × ")) } else if let team = teams.first { why.append("both \(team)") }
        return names + (why.isEmpty ? "" : " — " + why.joined(separator: " · "))
    }

    /// Every line of a round: its groups, then its feedback.
    static func round(_ round: PairingRound, in data: GuildData) -> [String] {
        var lines = round.groups.map { (round.groups.count > 1 ? "  " : "  ") + (($0.members.count == 3) ? "trio: " : "") + group($0, in: data) }
        for note in round.feedback {
            let who = note.author.map { "@" + (data.people[$0]?.handle ?? "?") } ?? "someone"
            lines.append("  \(note.shared ? "✓" : "✎") \(who): \(note.text)")
        }
        return lines
    }

    /// "Aanya Kapoor (@aanya) — teaches you Kubernetes, Go · learns Swift from you · other team (Mobile) · never paired".
    static func suggestion(_ suggestion: PartnerSuggestion, in data: GuildData, clock: Clock) -> String {
        let partner = data.people[suggestion.partner]
        let why = suggestion.reasons(in: data) { String(ListCommand.format($0, clock).prefix(14)) }
        return "\(partner?.name ?? "(unknown)") (@\(partner?.handle ?? "?")) — " + why.joined(separator: " · ")
    }
}
