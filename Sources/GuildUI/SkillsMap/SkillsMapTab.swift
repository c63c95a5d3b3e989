/// The views of the skills map, in the order `Tab` walks them.
public enum SkillsMapTab: String, CaseIterable, Sendable, Hashable {
    case matrix, gaps, pairs, who, topics, solutions, learnings, staffing

    /// The tab's title.
    public var title: String {
        switch self {
        case .matrix: "Matrix"
        case .gaps: "Gaps"
        case .pairs: "Pairs"
        case .who: "Who to ask"
        case .topics: "Topics"
        case .solutions: "Solutions"
        case .learnings: "Learnings"
        case .staffing: "Staffing"
        }
    }

    /// Whether the tab has a query typed with `/` (a question, a search, the skills a piece of work needs).
    public var hasQuery: Bool { [.who, .solutions, .learnings, .staffing].contains(self) }

    /// What the query line says before anything is typed; `key` starts typing (the keymap's `skills.query`).
    func queryPrompt(key: String) -> String {
        switch self {
        case .who: "press \(key) and type a question (\"kubernetes upgrades\")"
        case .solutions: "press \(key) and type a need, a solution or a risk"
        case .learnings: "press \(key) before starting something, to see what was already learned"
        case .staffing: "press \(key) and type the skills the work needs (\"Kubernetes, Go\")"
        default: ""
        }
    }

    /// The tab after this one, wrapping.
    var next: SkillsMapTab { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }

    /// The tab before this one, wrapping.
    var previous: SkillsMapTab {
        Self.allCases[(Self.allCases.firstIndex(of: self)! + Self.allCases.count - 1) % Self.allCases.count]
    }
}
