import Foundation

/// A person ranked for a question, with the evidence behind the rank.
public struct WhoToAskHit: Sendable, Hashable, Identifiable {
    public var personID: UUID
    /// Higher is better; only the order matters.
    public var score: Double
    /// The best matching skill level, if any skill matched.
    public var bestLevel: SkillLevel?
    /// Held sessions about it that the person presented or facilitated.
    public var talksGiven: Int
    /// Planned (or live) sessions about it that the person will present or facilitate.
    public var talksPlanned: Int = 0
    /// Catalogue solutions about it that name the person as an expert.
    public var solutionsOwned: Int
    /// Evidence, strongest first.
    public var reasons: [WhoToAskReason]
    /// Away right now: still shown, marked, and ranked lower.
    public var away: Bool

    public var id: UUID { personID }

    /// A one-line explanation ("level 4 · 2 talks · will give 1 talk · 1 solution").
    public var summary: String {
        var parts: [String] = []
        if let bestLevel { parts.append("level \(bestLevel.rawValue)") }
        if talksGiven > 0 { parts.append(talksGiven == 1 ? "1 talk" : "\(talksGiven) talks") }
        if talksPlanned > 0 { parts.append(talksPlanned == 1 ? "will give 1 talk" : "will give \(talksPlanned) talks") }
        if solutionsOwned > 0 { parts.append(solutionsOwned == 1 ? "1 solution" : "\(solutionsOwned) solutions") }
        if parts.isEmpty { parts.append("mentioned it") }
        if away { parts.append("away") }
        return parts.joined(separator: " · ")
    }
}
