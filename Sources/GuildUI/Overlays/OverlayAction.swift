import Foundation

/// What the overlay reducer applies: help and detail views opened, closed and scrolled.
enum OverlayAction: Sendable, Equatable {
    /// `?`: opens help, or closes it when it shows.
    case helpToggled
    /// Enter on a record: its detail view, at the top.
    case detailOpened(DetailTarget)
    /// Esc: closes whatever shows.
    case closed
    /// Scrolls by this many lines (negative: up), within the lines there are; the mouse wheel scrolls 3.
    case scrolledLines(Int)
    /// Scrolls by this many pages (a page keeps one line of the previous one).
    case scrolledPages(Int)
    /// To the first line.
    case scrolledToTop
    /// To the last page.
    case scrolledToBottom
    /// The record with this id was deleted: a detail view showing it closes.
    case recordDeleted(UUID)
}
