import GuildCore

/// The numeric scale a survey's level answers use, and how it maps onto Guild's 0–4 levels.
///
/// Guild's own scale is 0–4 (0 none, 1 learning, 2 working knowledge, 3 proficient, 4 expert / can teach). A 1–5
/// scale (Google Forms linear scales, Microsoft Forms ratings, Typeform opinion scales) is shifted down by one:
/// 1 → 0 none, 2 → 1 learning, 3 → 2 working knowledge, 4 → 3 proficient, 5 → 4 expert. Any other scale given with
/// `--scale` maps linearly onto 0–4, rounding halves up: level = round((answer − lowest) × 4 ÷ (highest − lowest)).
public struct SurveyScale: Sendable, Hashable, CustomStringConvertible {
    public let lowest: Int
    public let highest: Int

    /// Guild's own 0–4.
    public static let guild = SurveyScale(uncheckedLowest: 0, highest: 4)
    /// The common 1–5 of form tools.
    public static let oneToFive = SurveyScale(uncheckedLowest: 1, highest: 5)

    private init(uncheckedLowest: Int, highest: Int) {
        lowest = uncheckedLowest
        self.highest = highest
    }

    /// A scale from `lowest` (0 or 1) to `highest` (2 to 10 above it); nil otherwise.
    public init?(lowest: Int, highest: Int) {
        guard (0...1).contains(lowest), highest >= lowest + 2, highest <= 10 else { return nil }
        self.lowest = lowest
        self.highest = highest
    }

    /// Parses "1-5", "1–5", "1..5", "0-4".
    public init?(option: String) {
        let numbers = option.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count == 2, option.allSatisfy({ $0.isNumber || "-–—. to".contains($0) }) else { return nil }
        self.init(lowest: numbers[0], highest: numbers[1])
    }

    /// "1–5".
    public var description: String { "\(lowest)–\(highest)" }

    /// Whether this is Guild's own 0–4 (answers are levels as they stand).
    public var isGuild: Bool { self == .guild }

    /// The Guild level of an answer on this scale; nil when the answer is outside it.
    public func level(_ answer: Int) -> SkillLevel? {
        guard (lowest...highest).contains(answer) else { return nil }
        let scaled = Double(answer - lowest) * 4 / Double(highest - lowest)
        return SkillLevel(rawValue: Int((scaled + 0.5).rounded(.down)))
    }

    /// "1 → 0 none, 2 → 1 learning, …": the mapping spelled out, for the preview.
    public var mapping: String {
        (lowest...highest).compactMap { answer in level(answer).map { "\(answer) → \($0.rawValue) \($0.name)" } }.joined(separator: ", ")
    }
}
