import Foundation
import GuildCore
import GuildStore
import XCTest

/// Makes the sample team's weekly tech meeting after the pinned clock (2026-11-22 09:00 UTC, Berlin time) live in a
/// store, on one of its agenda items, as the shared screen saves it: the held session and its progress record.
enum LiveWeeklyMeeting {
    /// The held session and the agenda item the meeting is on.
    static func start(in folder: URL, onItem index: Int) throws -> (held: Session, item: AgendaItem) {
        let store = try GuildStore.open(at: folder)
        let data = store.loadAll().data
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        let series = try XCTUnwrap(data.sessions.values.first { $0.recurrence != nil && $0.title == "Weekly tech meeting" })
        let occurrence = try XCTUnwrap(ProposalBoard.nextMeeting(of: series, in: data, now: StoreDateFormat.date(from: "2026-11-22T09:00:00Z")!,
                                                                 calendar: calendar))
        var held = HeldSession.record(for: occurrence, in: data, now: occurrence.start)
        held.status = .live
        _ = try store.save(held, base: nil)
        let items = held.agenda.map {
            MeetingProgress.Item(id: $0.id, title: $0.title, plannedSeconds: TimeInterval($0.minutes * 60), originalSeconds: TimeInterval($0.minutes * 60),
                                 usedSeconds: 0, isRound: $0.isRound)
        }
        let progress = MeetingProgress(id: held.id, step: .agenda, items: items, currentItemID: held.agenda[index].id, timerRunning: false,
                                       settledAt: nil, review: [], rounds: [], roundPlannedSeconds: 0, attendance: [], ratings: [],
                                       rotationSkips: [], rotationSwapped: false, updatedAt: held.start)
        _ = try store.save(progress, base: nil)
        return (held, held.agenda[index])
    }
}
