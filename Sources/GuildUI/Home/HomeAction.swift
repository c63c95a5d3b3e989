import Foundation
import GuildCore
import TerminalGrid

/// What the home screen's reducer applies: the pane keys `AppState` scopes to it, clicks, and the data, clock and
/// scope changes its lists follow.
enum HomeAction: Sendable {
    /// Gives `pane` the keys.
    case focus(PaneID)
    case focusNext
    case focusPrevious
    /// The focused pane fills the screen, or stops filling it.
    case toggleZoom
    /// Esc: clears the focused pane's filter, else leaves the zoom.
    case back
    /// Moves the selection `by` rows (clamped; `Int.max / 2` reaches an end).
    case moveRow(by: Int)
    /// Moves the selection a page down (1) or up (-1).
    case movePage(Int)
    /// Moves the matrix cursor `by` skill columns.
    case moveColumn(by: Int)
    /// Starts typing the focused pane's filter.
    case startFilter
    /// A key typed into the filter.
    case typeFilter(Key)
    /// Stops typing the filter: keeps it, or (`keep: false`) drops it.
    case endFilter(keep: Bool)
    /// A mouse report over the panes.
    case click(MouseEvent)
    /// The terminal size or the problem line changed: keep every selection in view.
    case relayout
    /// Puts the cursor of `pane` on the record with this id when the pane shows it.
    case select(UUID, in: PaneID)
    /// New data (a reload, lazily loaded notes): every list rebuilt, selections kept by record id.
    case dataReplaced(GuildData)
    /// Confirmed changes to records of `kinds`: only the lists they touch are rebuilt, selections kept by record id.
    case recordsChanged(GuildData, kinds: Set<RecordKind>)
    /// The clock moved to another minute (`dayChanged`: another day): the lists that depend on it are rebuilt.
    case clockMoved(GuildData, dayChanged: Bool)
    /// The dashboard's scope changed to the records of `data`: every list rebuilt, every pane back at its top.
    case scoped(GuildData)
    /// The actions pane shows only `owner`'s items (nil: everyone's), from `data`.
    case narrowActions(to: UUID?, GuildData)
    /// Deferred work: folding each pane's search rows.
    case foldSearch
}
