/// The two interests a survey can ask about besides the level.
public enum SurveyInterest: String, Sendable, Hashable, CaseIterable {
    /// The respondent wants to learn the skill.
    case learn
    /// The respondent is happy to teach the skill.
    case teach

    /// "wants to learn", "happy to teach".
    public var phrase: String { self == .learn ? "wants to learn" : "happy to teach" }
}
