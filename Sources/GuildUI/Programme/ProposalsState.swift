import Foundation
import GuildCore

/// The agenda proposals screen (the dashboard's `P`): the coming meetings that have proposals (and the next meeting
/// even without any), each with its board ordered by votes, and the proposal under the cursor. Recomputed when the
/// store changes, so a vote from another terminal reorders it within a second; the cursor stays on its proposal.
public struct ProposalsState: Sendable, Equatable {
    /// One meeting and its board.
    public struct Meeting: Sendable, Equatable {
        public var occurrence: SessionOccurrence
        public var board: ProposalBoard
    }

    /// The meetings, soonest first.
    public internal(set) var meetings: [Meeting]
    /// Every proposal in screen order (meeting by meeting, most votes first).
    public internal(set) var order: [UUID]
    /// The index in `order` of the proposal under the cursor.
    public internal(set) var selected = 0

    /// The screen for `data`; `dotsPerPerson` is the store's setting.
    init(data: GuildData, now: Date, calendar: Calendar, dotsPerPerson: Int, keeping kept: UUID? = nil) {
        var slots: [MeetingSlot: SessionOccurrence] = [:]
        if let next = ProposalBoard.nextMeeting(in: data, now: now, calendar: calendar) { slots[MeetingSlot(next)] = next }
        for proposal in data.proposals.values where slots[proposal.meeting] == nil {
            guard let session = data.sessions[proposal.sessionID] else { continue }
            let occurrence = proposal.meeting.record(in: data).map { SessionOccurrence(session: $0, start: $0.start, index: 0) }
                ?? UpcomingSessions.occurrence(of: session, slot: proposal.slot, index: 0, calendar: calendar)
            // Only meetings still to hold: not over, not held or cancelled.
            guard occurrence.end > now, occurrence.session.status == .planned else { continue }
            slots[proposal.meeting] = occurrence
        }
        meetings = slots.map { Meeting(occurrence: $0.value, board: ProposalBoard(meeting: $0.key, data: data, dotsPerPerson: dotsPerPerson)) }
            .sorted { ($0.occurrence.start, $0.occurrence.session.id.orderKey) < ($1.occurrence.start, $1.occurrence.session.id.orderKey) }
        order = meetings.flatMap { $0.board.entries.map(\.id) }
        selected = kept.flatMap { order.firstIndex(of: $0) } ?? 0
    }

    /// The proposal under the cursor, with its meeting; nil when there are none.
    public var selection: (meeting: Meeting, entry: ProposalBoard.Entry)? {
        guard order.indices.contains(selected) else { return nil }
        let id = order[selected]
        for meeting in meetings {
            if let entry = meeting.board.entries.first(where: { $0.id == id }) { return (meeting, entry) }
        }
        return nil
    }

    /// The same screen for new data or a new day, the cursor kept on its proposal.
    func refreshed(data: GuildData, now: Date, calendar: Calendar, dotsPerPerson: Int) -> ProposalsState {
        var fresh = ProposalsState(data: data, now: now, calendar: calendar, dotsPerPerson: dotsPerPerson,
                                   keeping: order.indices.contains(selected) ? order[selected] : nil)
        if fresh.selection == nil { fresh.selected = min(selected, max(0, fresh.order.count - 1)) }
        return fresh
    }

    /// Moves the cursor.
    mutating func apply(_ command: ProgrammeCommand, page: Int) {
        let last = max(0, order.count - 1)
        switch command {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(last, selected + 1)
        case .pageUp: selected = max(0, selected - page)
        case .pageDown: selected = min(last, selected + page)
        case .first: selected = 0
        case .last: selected = last
        default: break
        }
    }
}
