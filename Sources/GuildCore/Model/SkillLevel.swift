/// How well someone knows a skill, on the team's named 0–4 scale.
public enum SkillLevel: Int, CaseIterable, Codable, Sendable, Comparable {
    case none = 0
    case learning = 1
    case working = 2
    case proficient = 3
    case expert = 4

    /// The scale's name for the level, as shown to people.
    public var name: String {
        switch self {
        case .none: "none"
        case .learning: "learning"
        case .working: "working knowledge"
        case .proficient: "proficient"
        case .expert: "expert / can teach"
        }
    }

    /// Parses "3", "3 - Proficient", "proficient", "Expert / can teach", "working knowledge" (case-insensitive).
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let digit = t.first, let value = Int(String(digit)), let level = SkillLevel(rawValue: value),
           t.count == 1 || !(t.dropFirst().first?.isNumber ?? false) {
            self = level
            return
        }
        let words: [(String, SkillLevel)] = [
            ("none", .none), ("learning", .learning), ("working", .working), ("proficient", .proficient),
            ("expert", .expert), ("can teach", .expert),
        ]
        guard let match = words.first(where: { t.hasPrefix($0.0) }) else { return nil }
        self = match.1
    }

    public static func < (lhs: SkillLevel, rhs: SkillLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
