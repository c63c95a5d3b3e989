/// What a key can do in the skills map; the raw value is the binding id users remap in `keys.json` ("skills.pairs.redraw").
/// Help, quit, the palette and the other shared keys are the dashboard's (`Command`), so they are remapped once for every screen.
public enum SkillsMapCommand: String, CaseIterable, Sendable, Hashable {
    case close = "skills.close"
    case tabNext = "skills.tab.next"
    case tabPrevious = "skills.tab.previous"
    case tabMatrix = "skills.tab.matrix"
    case tabGaps = "skills.tab.gaps"
    case tabPairs = "skills.tab.pairs"
    case tabWho = "skills.tab.who"
    case tabTopics = "skills.tab.topics"
    case tabSolutions = "skills.tab.solutions"
    case tabLearnings = "skills.tab.learnings"
    case tabStaffing = "skills.tab.staffing"
    case up = "skills.up"
    case down = "skills.down"
    case pageUp = "skills.pageUp"
    case pageDown = "skills.pageDown"
    case first = "skills.first"
    case last = "skills.last"
    case open = "skills.open"
    case query = "skills.query"
    // The matrix tab.
    case left = "skills.matrix.left"
    case right = "skills.matrix.right"
    case openSkill = "skills.matrix.openSkill"
    case sort = "skills.matrix.sort"
    case team = "skills.matrix.team"
    case category = "skills.matrix.category"
    case minimumLevel = "skills.matrix.minimumLevel"
    case interest = "skills.matrix.interest"
    case clearFilters = "skills.matrix.clearFilters"
    // The pairs tab.
    case redraw = "skills.pairs.redraw"
    case mark = "skills.pairs.swap"
    case record = "skills.pairs.record"
    case history = "skills.pairs.history"
    // While typing a query.
    case queryAccept = "skills.query.run"
    case queryCancel = "skills.query.cancel"

    /// The tab a tab key opens.
    var tab: SkillsMapTab? {
        switch self {
        case .tabMatrix: .matrix
        case .tabGaps: .gaps
        case .tabPairs: .pairs
        case .tabWho: .who
        case .tabTopics: .topics
        case .tabSolutions: .solutions
        case .tabLearnings: .learnings
        case .tabStaffing: .staffing
        default: nil
        }
    }
}
