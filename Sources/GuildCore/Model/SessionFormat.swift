import Foundation

/// The shape of a knowledge-sharing session (see seeds 000 and 002).
public enum SessionFormat: String, CaseIterable, Codable, Sendable {
    case techTalk = "tech-talk"
    case workshop
    case brownBag = "brown-bag"
    case showAndTell = "show-and-tell"
    case deepDive = "deep-dive"
    case codeReview = "code-review"
    case pairing
    case weeklyMeeting = "weekly-meeting"
    case other

    /// The name people use ("lunch & learn" is a brown bag).
    public var name: String {
        switch self {
        case .techTalk: "tech talk"
        case .workshop: "workshop"
        case .brownBag: "brown bag / lunch & learn"
        case .showAndTell: "show and tell"
        case .deepDive: "deep dive"
        case .codeReview: "code review"
        case .pairing: "pairing"
        case .weeklyMeeting: "weekly tech meeting"
        case .other: "other"
        }
    }

    /// A short fixed-width badge for lists ("TALK", "WKSP").
    public var badge: String {
        switch self {
        case .techTalk: "TALK"
        case .workshop: "WKSP"
        case .brownBag: "LUNCH"
        case .showAndTell: "SHOW"
        case .deepDive: "DEEP"
        case .codeReview: "REVIEW"
        case .pairing: "PAIR"
        case .weeklyMeeting: "WEEKLY"
        case .other: "OTHER"
        }
    }

    /// Parses the stored value or a common name ("talk", "lunch", "lunch-and-learn", "weekly").
    public init?(text: String) {
        let t = text.lowercased().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "-")
        if let exact = SessionFormat(rawValue: t) { self = exact; return }
        let aliases: [String: SessionFormat] = [
            "talk": .techTalk, "lunch": .brownBag, "lunch-and-learn": .brownBag, "lunch-&-learn": .brownBag,
            "brownbag": .brownBag, "demo": .showAndTell, "show": .showAndTell, "deep": .deepDive,
            "review": .codeReview, "pair": .pairing, "weekly": .weeklyMeeting, "meeting": .weeklyMeeting,
            "weekly-tech-meeting": .weeklyMeeting, "tech-meeting": .weeklyMeeting,
        ]
        guard let alias = aliases[t] else { return nil }
        self = alias
    }
}
