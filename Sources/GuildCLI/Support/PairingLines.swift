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
        var why: [String] = []
        let skills = { (ids: [UUID]) in ids.compactMap { data.skills[$0]?.name }.joined(separator: ", ") }
        if !suggestion.teachesYou.isEmpty { why.append("teaches you " + skills(suggestion.teachesYou)) }
        if !suggestion.learnsFromYou.isEmpty { why.append("learns " + skills(suggestion.learnsFromYou) + " from you") }
        if !suggestion.isTeachingMatch { why.append("no skill to teach each other") }
        let team = partner?.team ?? ""
        why.append(suggestion.crossTeam ? "other team" + (team.isEmpty ? "" : " (\(team))") : "same team")
        if let last = suggestion.lastPaired {
            let times = suggestion.timesPaired == 1 ? "" : ", \(suggestion.timesPaired) rounds in all"
            why.append((suggestion.isRecent ? "paired recently: " : "last paired ") + String(ListCommand.format(last, clock).prefix(14)) + times)
        } else {
            why.append("never paired")
        }
        return "\(partner?.name ?? "(unknown)") (@\(partner?.handle ?? "?")) — " + why.joined(separator: " · ")
    }
}
