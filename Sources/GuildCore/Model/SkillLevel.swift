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

    /// Parses a level exactly: "3", "3 - Proficient", "3: Advanced", "3 (Proficient)", "proficient", "Expert / can teach",
    /// "working knowledge" (case-insensitive). Fractions ("2.9"), trailing text ("3x", "4 is wrong"), numbers out of the
    /// 0–4 scale and a label that names another level ("3 - Expert") are refused, never rounded or cut.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let first = t.unicodeScalars.first else { return nil }
        if ("0"..."9").contains(first) {
            guard let level = SkillLevel(rawValue: Int(first.value) - 0x30) else { return nil }
            let rest = t.unicodeScalars.dropFirst()
            if rest.isEmpty {
                self = level
                return
            }
            // "3 - Proficient", "3: proficient", "3. Advanced", "3 (proficient)": a separator, then a label without digits
            // (a survey's own words) that does not name another level.
            var label = String(String.UnicodeScalarView(rest)).trimmingCharacters(in: .whitespaces)
            if label.hasPrefix("("), label.hasSuffix(")") {
                label = String(label.dropFirst().dropLast())
            } else if let separator = label.first, "-–—:.)".contains(separator) {
                label = String(label.dropFirst())
            } else {
                return nil
            }
            label = label.trimmingCharacters(in: .whitespaces)
            guard label.contains(where: \.isLetter), !label.contains(where: \.isNumber), SkillLevel(name: label).map({ $0 == level }) ?? true else {
                return nil
            }
            self = level
            return
        }
        guard let named = SkillLevel(name: t) else { return nil }
        self = named
    }

    /// The level a name stands for ("proficient", "working knowledge", "expert / can teach"), whole words only.
    private init?(name: String) {
        let words = name.lowercased().split { $0 == " " || $0 == "/" }.joined(separator: " ")
        let names: [String: SkillLevel] = [
            "none": .none, "learning": .learning, "working": .working, "working knowledge": .working, "proficient": .proficient,
            "expert": .expert, "expert can teach": .expert, "can teach": .expert,
        ]
        guard let level = names[words] else { return nil }
        self = level
    }

    public static func < (lhs: SkillLevel, rhs: SkillLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
