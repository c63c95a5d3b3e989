import Foundation
import GuildCore
import TerminalGrid

/// Everything the meeting screen shows, as a value: the held session, its clock, rounds, notes, review and wrap-up.
///
/// Change it only through `reduceMeeting`; draw it with `renderMeeting`. The clock is injected (`.tick(Date)`), the
/// round order comes from `seed` and new notes' ids from `ids`, so a meeting replays exactly in tests.
public struct MeetingState: Sendable {
    /// People, sessions, action items and topics of the store.
    public internal(set) var data: GuildData
    /// The held session record this meeting runs on, as the store last had it: the base of the meeting's saves.
    public internal(set) var session: Session
    public let role: MeetingRole
    /// This session's notes, oldest first.
    public internal(set) var notes: [NoteEntry]
    /// Anonymous questions in the order this screen first saw them (never stored).
    public internal(set) var questionOrder: [UUID]
    public internal(set) var step: MeetingStep
    public internal(set) var timer: AgendaTimer
    /// Rounds by agenda item id, created when their item comes up.
    public internal(set) var rounds: [UUID: RoundTurns]
    public internal(set) var balance: SpeakingBalance
    /// Who started the latest round (here, or in the previous meeting of the series), so the next one starts elsewhere.
    public internal(set) var lastRoundFirst: UUID?
    /// The seed round orders are drawn from.
    public let seed: UInt64
    /// Open action items from earlier meetings of the series or community, as first listed.
    public internal(set) var review: [ActionItem]
    public internal(set) var reviewOutcomes: [UUID: ReviewOutcome]
    public internal(set) var reviewRow: Int
    /// The agenda item selected for reordering.
    public internal(set) var agendaRow: Int
    /// The parking-lot entry selected in the wrap-up.
    public internal(set) var parkingRow: Int
    public internal(set) var composer: NoteComposer?
    public internal(set) var overlay: MeetingOverlay?
    /// Who is expected, in name order.
    public internal(set) var expected: [UUID]
    /// Expected people marked away (not in the room).
    public internal(set) var absent: Set<UUID>
    /// Anonymous 1–5 votes given in the wrap-up.
    public internal(set) var ratings: [Int]
    /// People passed over for next time's roles.
    public internal(set) var rotationSkips: Set<UUID>
    public internal(set) var rotationSwapped: Bool
    /// Where the minutes were written (store-relative), once they are.
    public internal(set) var minutesPath: String?
    /// A one-line notice, cleared by the next key.
    public internal(set) var message: String?
    /// Whether `message` reports a failure (shown in the error role).
    public internal(set) var messageIsError = false
    /// Where new notes', action items' and topics' ids come from.
    public internal(set) var ids: IDSource
    /// The agenda's order or timeboxes were changed here (so the meeting's saves carry the agenda).
    public internal(set) var agendaEdited = false
    /// Saving the progress on leaving was refused: the next leave closes without it.
    public internal(set) var leaveUnsaved = false
    public internal(set) var now: Date
    public let calendar: Calendar
    public internal(set) var size: Size
    public var theme: Theme
    /// The one keymap of every screen (with the user's `keys.json`); the meeting looks keys up in its own contexts.
    public let keymap: Keymap
    public internal(set) var shouldQuit = false

    /// The state for a meeting on `session` (already marked live by the runtime), with `notes` of the session and
    /// `data` holding earlier sessions' notes too (for who started last time's round).
    public init(session: Session, data: GuildData, notes: [NoteEntry], role: MeetingRole, seed: UInt64, ids: IDSource, now: Date,
                calendar: Calendar, size: Size, theme: Theme, keymap: Keymap = .standard) {
        var data = data
        data.upsert(session)
        self.data = data
        self.session = session
        self.role = role
        self.seed = seed
        self.ids = ids
        self.now = now
        self.calendar = calendar
        self.size = size
        self.theme = theme
        self.keymap = keymap
        self.notes = MeetingState.sorted(notes.filter { $0.sessionID == session.id })
        questionOrder = self.notes.filter(AnonymousQuestion.isAnonymous).map(\.id)
        timer = AgendaTimer(agenda: session.agenda)
        rounds = [:]
        balance = SpeakingBalance()
        lastRoundFirst = HeldSession.lastRoundFirst(before: session, in: data, notes: Array(data.notes.values))
        review = role == .shared ? HeldSession.openActions(before: session, in: data, today: Day(now, in: calendar)) : []
        reviewOutcomes = [:]
        reviewRow = 0
        agendaRow = 0
        parkingRow = 0
        expected = MeetingState.expectedPeople(for: session, in: data)
        absent = []
        ratings = []
        rotationSkips = []
        rotationSwapped = false
        if session.status == .done {
            step = .finished
        } else {
            step = review.isEmpty || role == .notes ? .agenda : .review
        }
        if step == .agenda { enterCurrentItem() }
    }

    /// Who is expected at `session`, in name order: its attendees, else the candidates of its series.
    static func expectedPeople(for session: Session, in data: GuildData) -> [UUID] {
        var people = session.attendees
        if people.isEmpty, let series = session.seriesID.flatMap({ data.sessions[$0] }) { people = Rotation.candidates(for: series, in: data) }
        return people.filter { data.people[$0] != nil }.sorted { a, b in
            SkillsMatrix.personOrder(data.people[a]!, data.people[b]!)
        }
    }

    /// The key that runs `command`, as the help shows it.
    func keyName(_ command: MeetingCommand) -> String {
        keymap.firstKeyName(command.rawValue)
    }

    /// Today in the store's calendar.
    public var today: Day { Day(now, in: calendar) }

    /// Shows a one-line notice until the next key (`isError`: in the error role): the reducer's notices, and how the
    /// runtime reports what it could not use (a bad `keys.json`).
    public mutating func notify(_ notice: String, isError: Bool = false) {
        message = notice
        messageIsError = isError
    }

    /// The series this meeting belongs to, if any.
    public var series: Session? { session.seriesID.flatMap { data.sessions[$0] } }

    /// Expected people not marked away.
    public var present: [UUID] { expected.filter { !absent.contains($0) } }

    /// The round of the current item, when the item is a round.
    public var currentRound: RoundTurns? {
        timer.current.flatMap { rounds[$0.id] }
    }

    /// Parking-lot notes, oldest first.
    public var parked: [NoteEntry] { notes.filter(ParkingLot.isParked) }

    /// Anonymous questions in the order first seen.
    public var questions: [NoteEntry] {
        let byID = Dictionary(notes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return questionOrder.compactMap { byID[$0] }
    }

    /// The action items written in this meeting, oldest first.
    public var meetingActions: [ActionItem] {
        data.actions.values.filter { $0.sessionID == session.id }
            .sorted { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
    }

    /// Who facilitates and takes notes next time (series only): the rotation, with this wrap-up's skips and swap.
    public var nextRotation: (facilitator: UUID?, noteTaker: UUID?)? {
        guard let series else { return nil }
        var withThis = data
        withThis.upsert(session)
        return Rotation.assign(candidates: Rotation.candidates(for: series, in: withThis), history: Rotation.history(of: series.id, in: withThis),
                               skipped: rotationSkips, swapped: rotationSwapped)
    }

    /// The context keys are looked up in right now.
    var keyContext: KeyContext {
        if composer != nil { return .meetingCompose }
        if overlay != nil { return .meetingOverlay }
        switch step {
        case .review: return .meetingReview
        case .agenda: return .meetingAgenda
        case .wrapUp: return .meetingWrapUp
        case .finished: return .meeting
        }
    }

    /// The minutes as they stand now.
    public func minutes(next: (facilitator: UUID?, noteTaker: UUID?)?) -> MinutesDocument {
        var held = session
        held.attendees = present
        let items = timer.slots.map {
            MinutesDocument.ItemTime(title: $0.title, plannedSeconds: $0.plannedSeconds, usedSeconds: $0.usedSeconds, isRound: $0.isRound)
        }
        let roundSummaries = timer.slots.compactMap { slot -> MinutesDocument.RoundSummary? in
            guard let round = rounds[slot.id] else { return nil }
            return MinutesDocument.RoundSummary(title: slot.title, order: round.order, turns: round.turns, spoken: round.spoken)
        }
        let reviewed = review.map { item in (item: data.actions[item.id] ?? item, outcome: reviewOutcomes[item.id]) }
        return MinutesDocument(session: held, data: data, notes: notes, items: items, review: reviewed, rounds: roundSummaries,
                               ratings: ratings, next: next, calendar: calendar)
    }

    /// Notes in display order: oldest first, ties by id.
    static func sorted(_ notes: [NoteEntry]) -> [NoteEntry] {
        notes.sorted { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
    }

    /// Counts time up to `date` on the running timer, crediting the round's speaker too (shared screen only).
    mutating func advanceClock(to date: Date) {
        defer { now = date }
        guard role == .shared, step != .finished else { return }
        let delta = timer.settle(at: date)
        guard delta > 0, let id = timer.current?.id, var round = rounds[id], let speaker = round.speaker else { return }
        round.credit(delta)
        rounds[id] = round
        balance.add(delta, to: speaker)
    }

    /// Starts the round of the current item when it is one and has not started yet.
    mutating func enterCurrentItem() {
        guard role == .shared, let slot = timer.current else { return }
        agendaRow = timer.currentIndex
        guard slot.isRound, rounds[slot.id] == nil else { return }
        let order = RoundOrder.make(people: present, lastFirst: lastRoundFirst, seed: seed &+ UInt64(rounds.count))
        rounds[slot.id] = RoundTurns(itemID: slot.id, order: order, timebox: slot.plannedSeconds)
        balance.plan(slot.plannedSeconds)
        if let first = order.first { lastRoundFirst = first }
    }
}
