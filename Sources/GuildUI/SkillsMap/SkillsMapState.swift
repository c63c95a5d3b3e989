import Foundation
import GuildCore
import TerminalGrid

/// The skills map's own state inside `AppState`: the view, its cursor and scroll, the matrix options, the queries,
/// the person or skill opened, and the pairing proposal shown.
public struct SkillsMapState: Sendable, Equatable {
    public internal(set) var tab: SkillsMapTab
    public internal(set) var options = MatrixOptions()
    /// The selected row: an index into the page's selectable lines (the matrix: a person row).
    public internal(set) var row = 0
    /// The matrix's skill column under the cursor.
    public internal(set) var column = 0
    /// The first line shown of the scrolling part.
    public internal(set) var scroll = 0
    /// The first skill column shown in the matrix.
    public internal(set) var columnOffset = 0
    /// The accepted query of each tab that has one.
    public internal(set) var queries: [SkillsMapTab: String] = [:]
    /// The query being typed; nil when not typing.
    public internal(set) var field: TextField?
    public internal(set) var detail: SkillsMapDetail?
    /// The seed of the pairing proposal shown; `r` draws again.
    public internal(set) var pairingSeed: UInt64
    /// The pairs tab's proposal: drawn when the tab is first shown or `r` is pressed, then kept (never drawn per key or frame).
    public internal(set) var pairs: PairsDraft?
    /// The pairs tab shows the pairing history instead of the proposal.
    public internal(set) var showsPairHistory = false

    public init(tab: SkillsMapTab = .matrix, pairingSeed: UInt64 = 1) {
        self.tab = tab
        self.pairingSeed = pairingSeed
    }

    /// The accepted query of the current tab ("" when none).
    public var query: String { queries[tab] ?? "" }

    /// The context keys are looked up in: typing a query, a tab with keys of its own, or anywhere in the map.
    var context: KeyContext {
        if field != nil { return .skillsQuery }
        guard detail == nil else { return .skills }
        switch tab {
        case .matrix: return .skillsMatrix
        case .pairs: return .skillsPairs
        default: return .skills
        }
    }
}
