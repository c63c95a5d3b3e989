import Foundation
import GuildCore
import TerminalGrid

/// The home screen's own state: the focused pane, each pane's cursor and filter, the filter being typed, the zoom, and
/// the lists the panes show, derived from the data when the data, the clock or a filter changes (never per key).
///
/// `AppState` keeps it as a stored property and changes it in place through `reduce(_:in:)` (`HomeState+Reduce.swift`),
/// so a key never copies the lists; the panes, the status line and the detail view read it (and the context), never
/// the whole `AppState`.
public struct HomeState: Sendable {
    /// The pane that gets the keys.
    public internal(set) var focus: PaneID = .sessions
    /// Selection, scroll and filter of each pane.
    public internal(set) var cursors: [PaneID: PaneCursor] = [.sessions: PaneCursor(), .matrix: PaneCursor(), .actions: PaneCursor()]
    /// The filter being typed in the focused pane; nil when not typing.
    public internal(set) var filterField: TextField?
    /// The focused pane fills the screen.
    public internal(set) var isZoomed = false
    /// Whose action items the actions pane is narrowed to (the dashboard's `o`: only my own); nil: everyone's.
    public var actionsOwner: UUID? { lists.actionsOwner }
    /// The lists the panes show.
    var lists: HomeLists {
        didSet { listsStamp = .next() }
    }
    /// Changes (to a value never used before) whenever the lists change; part of the detail page's key (`DetailMemo`).
    private(set) var listsStamp = DetailMemo.Stamp.next()

    /// The home screen for `data` (already narrowed to the dashboard's scope) as of `now`, every pane at its top.
    init(data: GuildData, now: Date, calendar: Calendar) {
        lists = HomeLists(data: data, now: now, calendar: calendar, filters: [:])
    }

    /// The cursor of `pane`.
    public func cursor(_ pane: PaneID) -> PaneCursor {
        cursors[pane] ?? PaneCursor()
    }

    /// How many items `pane` shows after its filter.
    public func itemCount(_ pane: PaneID) -> Int {
        lists.count(pane)
    }

    /// The upcoming occurrences shown in the sessions pane, in order.
    public var shownSessions: [SessionOccurrence] {
        lists.sessions.map { lists.upcoming[$0] }
    }

    /// The people shown as matrix rows, in order.
    public var shownPeople: [Person] {
        lists.people.map { lists.matrix.people[$0] }
    }

    /// The open action items shown, in order.
    public var shownActions: [ActionItem] {
        lists.actions.map { lists.allActions[$0] }
    }

    /// The skills shown as matrix columns, in order.
    public var shownSkills: [Skill] {
        lists.matrix.skills
    }

    /// The layout for a terminal of `size` with the current focus and zoom.
    func layout(size: Size, hasProblems: Bool) -> HomeLayout {
        HomeLayout.make(size: size, focus: focus, zoomed: isZoomed, hasProblems: hasProblems, matrixRows: lists.people.count)
    }

    /// What Enter opens in the focused pane.
    func selectedTarget() -> DetailTarget? {
        let row = cursor(focus).row
        switch focus {
        case .sessions: return lists.occurrence(row).map { .session(id: $0.session.id, start: $0.start) }
        case .matrix: return lists.person(row).map { .person($0.person.id) }
        case .actions: return lists.action(row).map { .action($0.id) }
        }
    }

    /// The person and skill under the matrix cursor, when the matrix has focus.
    var selectedCell: (person: Person, skill: Skill)? {
        let cursor = cursor(.matrix)
        guard focus == .matrix, let (person, _) = lists.person(cursor.row), lists.matrix.skills.indices.contains(cursor.column) else { return nil }
        return (person, lists.matrix.skills[cursor.column])
    }

    /// The open action item under the cursor, when the actions pane has focus.
    var selectedAction: ActionItem? {
        guard focus == .actions else { return nil }
        return lists.action(cursor(.actions).row)
    }

    /// The upcoming occurrence under the cursor, when the sessions pane has focus.
    var selectedOccurrence: SessionOccurrence? {
        guard focus == .sessions else { return nil }
        return lists.occurrence(cursor(.sessions).row)
    }
}
