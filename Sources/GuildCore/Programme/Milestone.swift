import Foundation

/// Something worth celebrating (seed 001, step 7): a first talk, a round number of sessions, a gap closed, a skill level raised.
public struct Milestone: Sendable, Hashable, Identifiable {
    /// What kind of achievement it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case firstTalk = "first-talk"
        case sessionsHeld = "sessions-held"
        case gapClosed = "gap-closed"
        case levelRaised = "level-raised"

        /// A short symbol for one-line lists (plain text, readable without colour).
        public var symbol: String {
            switch self {
            case .firstTalk: "🎤"
            case .sessionsHeld: "🎉"
            case .gapClosed: "🧩"
            case .levelRaised: "📈"
            }
        }
    }

    public var kind: Kind
    public var date: Date
    /// One sentence, with names ("Aanya Kapoor gave a first talk: …").
    public var text: String
    /// The person it is about, if one.
    public var person: UUID?
    public var skill: UUID?
    public var session: UUID?

    public init(kind: Kind, date: Date, text: String, person: UUID? = nil, skill: UUID? = nil, session: UUID? = nil) {
        self.kind = kind
        self.date = date
        self.text = text
        self.person = person
        self.skill = skill
        self.session = session
    }

    /// Stable across runs: kind, date and who or what it is about.
    public var id: String {
        [kind.rawValue, String(Int(date.timeIntervalSince1970)), person?.uuidString ?? "", skill?.uuidString ?? "", session?.uuidString ?? ""]
            .joined(separator: "/")
    }
}
