import Foundation
import GuildCore

/// The communities screen: every community by name, the selected one, and how far its details are scrolled.
public struct CommunitiesState: Sendable, Equatable {
    /// Community ids by name.
    public internal(set) var communities: [UUID]
    public internal(set) var selected: Int
    /// First detail line shown.
    public internal(set) var scroll = 0

    /// The communities of `data`, selecting `current` when given.
    init(data: GuildData, current: UUID?) {
        let ids = data.communities.values
            .sorted { ($0.name.localizedLowercase, $0.id.orderKey) < ($1.name.localizedLowercase, $1.id.orderKey) }.map(\.id)
        communities = ids
        selected = current.flatMap { ids.firstIndex(of: $0) } ?? 0
    }

    /// The selected community's id.
    public var selectedID: UUID? { communities.indices.contains(selected) ? communities[selected] : nil }

    /// Keeps the selection on the same community after the data changed.
    mutating func reload(_ data: GuildData) {
        let kept = selectedID
        self = CommunitiesState(data: data, current: kept)
    }

    /// Moves the selection (up/down, first/last) or scrolls the details (page up/down).
    mutating func apply(_ command: ProgrammeCommand, page: Int) {
        let count = communities.count
        switch command {
        case .up: selected = max(0, selected - 1); scroll = 0
        case .down: selected = min(max(0, count - 1), selected + 1); scroll = 0
        case .first: selected = 0; scroll = 0
        case .last: selected = max(0, count - 1); scroll = 0
        case .pageUp: scroll = max(0, scroll - page)
        case .pageDown: scroll += page
        default: break
        }
    }
}
