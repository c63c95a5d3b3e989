import Foundation

/// Everything a held meeting has done so far, saved as it happens so a restarted shared screen resumes exactly there
/// and the note-taker's view follows it: `meetings/<session-id>.json`, one per held session.
///
/// Schema (every list holds identified elements, so a field-level merge pairs them by `id`):
/// - `step`: `review`, `agenda`, `wrapUp` or `finished`.
/// - `items`: the agenda in the order it is taken, each with its timebox (`plannedSeconds`, extensions included),
///   `originalSeconds` and `usedSeconds`; `currentItemID` is the item on now.
/// - `timerRunning`, `settledAt`: time used is credited up to `settledAt`; a running timer counts on from there,
///   so the record need not change every second and a power cut loses nothing.
/// - `review`: the opening review's action items in order, each with its `outcome` once decided.
/// - `rounds`: per round item (`id` = the item's id), the speaking `order`, the `speaker` now, the time a turn may take,
///   and per person (`turns`) where they are (`waiting`, `speaking`, `done`, `passed`, `skipped`, `away`) and how long they spoke.
/// - `attendance`: who is expected and whether they are here; a guest (not in the team's people) carries their `name`.
/// - `questions`: the anonymous questions in the order the shared screen first saw them (oldest first), each `open`,
///   `answered` or `dismissed` (absent in records written before questions were tracked).
/// - `ratings`: anonymous votes (sorted by value; an id says nothing about who voted or when).
/// - `rotationSkips`, `rotationSwapped`: the wrap-up's choices for next time's roles; `next`: the roles decided at the finish.
public struct MeetingProgress: Record, Hashable {
    public static let kind = RecordKind.meeting

    /// Where the meeting is.
    public enum Step: String, Codable, Sendable, Hashable {
        case review, agenda, wrapUp, finished
    }

    /// One agenda item as the meeting has taken it.
    public struct Item: Codable, Sendable, Hashable, Identifiable {
        public var id: UUID
        public var title: String
        public var plannedSeconds: TimeInterval
        public var originalSeconds: TimeInterval
        public var usedSeconds: TimeInterval
        public var isRound: Bool

        public init(id: UUID, title: String, plannedSeconds: TimeInterval, originalSeconds: TimeInterval, usedSeconds: TimeInterval, isRound: Bool) {
            self.id = id
            self.title = title
            self.plannedSeconds = plannedSeconds
            self.originalSeconds = originalSeconds
            self.usedSeconds = usedSeconds
            self.isRound = isRound
        }
    }

    /// An open action item of the opening review and what the review decided (nil: not yet).
    public struct ReviewEntry: Codable, Sendable, Hashable, Identifiable {
        /// The action item's id.
        public var id: UUID
        public var outcome: ReviewOutcome?

        public init(id: UUID, outcome: ReviewOutcome?) {
            self.id = id
            self.outcome = outcome
        }
    }

    /// One person's turn in a round.
    public struct TurnEntry: Codable, Sendable, Hashable, Identifiable {
        /// The person's id.
        public var id: UUID
        public var turn: RoundTurns.Turn
        public var spokenSeconds: TimeInterval

        public init(id: UUID, turn: RoundTurns.Turn, spokenSeconds: TimeInterval) {
            self.id = id
            self.turn = turn
            self.spokenSeconds = spokenSeconds
        }
    }

    /// A round as it stands.
    public struct Round: Codable, Sendable, Hashable, Identifiable {
        /// The agenda item's id.
        public var id: UUID
        public var order: [UUID]
        public var speaker: UUID?
        public var budgetPerSpeaker: TimeInterval
        public var turns: [TurnEntry]

        public init(id: UUID, order: [UUID], speaker: UUID?, budgetPerSpeaker: TimeInterval, turns: [TurnEntry]) {
            self.id = id
            self.order = order
            self.speaker = speaker
            self.budgetPerSpeaker = budgetPerSpeaker
            self.turns = turns
        }
    }

    /// Whether an expected person is here.
    public struct Attendance: Codable, Sendable, Hashable, Identifiable {
        /// The person's id (a guest's own random id).
        public var id: UUID
        public var present: Bool
        /// A guest's name, as typed at the meeting; nil for a person of the team.
        public var name: String?

        public init(id: UUID, present: Bool, name: String? = nil) {
            self.id = id
            self.present = present
            self.name = name
        }
    }

    /// What the meeting did with an anonymous question.
    public enum QuestionStatus: String, Codable, Sendable, Hashable, CaseIterable {
        case open, answered, dismissed
    }

    /// An anonymous question in the order the shared screen first saw it.
    public struct Question: Codable, Sendable, Hashable, Identifiable {
        /// The question note's id.
        public var id: UUID
        public var status: QuestionStatus

        public init(id: UUID, status: QuestionStatus) {
            self.id = id
            self.status = status
        }
    }

    /// One anonymous 1–5 vote; the id is random and says nothing about who voted.
    public struct Vote: Codable, Sendable, Hashable, Identifiable {
        public var id: UUID
        public var value: Int

        public init(id: UUID, value: Int) {
            self.id = id
            self.value = value
        }
    }

    /// Who facilitates and takes notes next time, as decided at the wrap-up (series only).
    public struct NextRoles: Codable, Sendable, Hashable {
        public var facilitator: UUID?
        public var noteTaker: UUID?

        public init(facilitator: UUID?, noteTaker: UUID?) {
            self.facilitator = facilitator
            self.noteTaker = noteTaker
        }
    }

    /// The held session's id.
    public var id: UUID
    public var step: Step
    public var items: [Item]
    public var currentItemID: UUID?
    public var timerRunning: Bool
    /// The moment up to which `usedSeconds` (and the speaker's time) were credited.
    public var settledAt: Date?
    public var review: [ReviewEntry]
    public var rounds: [Round]
    /// Round time planned so far (the timeboxes of the rounds held), for the speaking balance's fair share.
    public var roundPlannedSeconds: TimeInterval
    public var attendance: [Attendance]
    /// The anonymous questions, oldest first, with what was done with them (nil in older records: none tracked).
    public var questions: [Question]?
    public var ratings: [Vote]
    public var rotationSkips: [UUID]
    public var rotationSwapped: Bool
    /// Set when the meeting finished (series only).
    public var next: NextRoles?
    public var updatedAt: Date

    public init(id: UUID, step: Step, items: [Item], currentItemID: UUID?, timerRunning: Bool, settledAt: Date?, review: [ReviewEntry],
                rounds: [Round], roundPlannedSeconds: TimeInterval, attendance: [Attendance], questions: [Question]? = nil, ratings: [Vote],
                rotationSkips: [UUID], rotationSwapped: Bool, next: NextRoles? = nil, updatedAt: Date) {
        self.id = id
        self.step = step
        self.items = items
        self.currentItemID = currentItemID
        self.timerRunning = timerRunning
        self.settledAt = settledAt
        self.review = review
        self.rounds = rounds
        self.roundPlannedSeconds = roundPlannedSeconds
        self.attendance = attendance
        self.questions = questions
        self.ratings = ratings
        self.rotationSkips = rotationSkips
        self.rotationSwapped = rotationSwapped
        self.next = next
        self.updatedAt = updatedAt
    }

    public func validate() throws(ValidationError) {
        if ratings.contains(where: { !(1...5).contains($0.value) }) {
            throw ValidationError(field: "ratings", "ratings must be between 1 and 5")
        }
        if items.contains(where: { $0.plannedSeconds < 0 || $0.usedSeconds < 0 }) {
            throw ValidationError(field: "items", "times cannot be negative")
        }
        for item in items { try Check.notBlank(item.title, field: "agenda item title") }
        for guest in attendance { if let name = guest.name { try Check.notBlank(name, field: "guest name") } }
        try TextLimit.check(self)
    }

    /// Agenda item titles (added or renamed during the meeting) and guests' names were typed by a person.
    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {
        for index in items.indices { visit(&items[index].title, "agenda item title", TextLimit.title) }
        for index in attendance.indices where attendance[index].name != nil {
            var name = attendance[index].name ?? ""
            visit(&name, "guest name", TextLimit.name)
            attendance[index].name = name
        }
    }

    /// The guests' names by id.
    public var guests: [UUID: String] {
        Dictionary(attendance.compactMap { entry in entry.name.map { (entry.id, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    // MARK: - To and from the meeting's values

    /// The record of a timer and rounds as they stand (the timer settled by the caller).
    public init(id: UUID, step: Step, timer: AgendaTimer, review: [(id: UUID, outcome: ReviewOutcome?)], rounds: [UUID: RoundTurns],
                balance: SpeakingBalance, expected: [UUID], absent: Set<UUID>, guests: [UUID: String] = [:], questions: [Question]? = nil,
                ratings: [Vote], rotationSkips: Set<UUID>, rotationSwapped: Bool, next: NextRoles? = nil, updatedAt: Date) {
        self.init(
            id: id, step: step,
            items: timer.slots.map {
                Item(id: $0.id, title: $0.title, plannedSeconds: $0.plannedSeconds, originalSeconds: $0.originalSeconds,
                     usedSeconds: $0.usedSeconds, isRound: $0.isRound)
            },
            currentItemID: timer.current?.id, timerRunning: timer.isRunning, settledAt: timer.settledAt,
            review: review.map { ReviewEntry(id: $0.id, outcome: $0.outcome) },
            rounds: timer.slots.compactMap { slot in
                rounds[slot.id].map { round in
                    Round(id: round.itemID, order: round.order, speaker: round.speaker, budgetPerSpeaker: round.budgetPerSpeaker,
                          turns: round.order.map { TurnEntry(id: $0, turn: round.turn(of: $0) ?? .waiting, spokenSeconds: round.spoken[$0] ?? 0) })
                }
            },
            roundPlannedSeconds: balance.plannedSeconds,
            attendance: expected.map { Attendance(id: $0, present: !absent.contains($0), name: guests[$0]) },
            questions: questions,
            ratings: ratings.sorted { ($0.value, $0.id.uuidString) < ($1.value, $1.id.uuidString) },
            rotationSkips: rotationSkips.sorted { $0.uuidString < $1.uuidString }, rotationSwapped: rotationSwapped, next: next,
            updatedAt: updatedAt)
    }

    /// The timer as recorded: the items in their order, the current one, running or paused since `settledAt`.
    public var timer: AgendaTimer {
        let slots = items.map {
            AgendaTimer.Slot(id: $0.id, title: $0.title, plannedSeconds: $0.plannedSeconds, originalSeconds: $0.originalSeconds,
                             isRound: $0.isRound, usedSeconds: $0.usedSeconds)
        }
        let index = currentItemID.flatMap { id in slots.firstIndex { $0.id == id } } ?? 0
        return AgendaTimer(slots: slots, currentIndex: index, isRunning: timerRunning && !slots.isEmpty, settledAt: settledAt)
    }

    /// The rounds as recorded, by item id.
    public var roundTurns: [UUID: RoundTurns] {
        Dictionary(rounds.map { round in
            let turns = Dictionary(round.turns.map { ($0.id, $0.turn) }, uniquingKeysWith: { a, _ in a })
            let spoken = Dictionary(round.turns.filter { $0.spokenSeconds > 0 }.map { ($0.id, $0.spokenSeconds) }, uniquingKeysWith: { a, _ in a })
            return (round.id, RoundTurns(itemID: round.id, order: round.order, turns: turns, speaker: round.speaker,
                                         budgetPerSpeaker: round.budgetPerSpeaker, spoken: spoken))
        }, uniquingKeysWith: { a, _ in a })
    }

    /// The speaking balance as recorded: everyone's time over every round.
    public var balance: SpeakingBalance {
        var seconds: [UUID: TimeInterval] = [:]
        for round in rounds {
            for turn in round.turns where turn.spokenSeconds > 0 { seconds[turn.id, default: 0] += turn.spokenSeconds }
        }
        return SpeakingBalance(seconds: seconds, plannedSeconds: roundPlannedSeconds)
    }

    /// Who started the latest round held so far.
    public var lastRoundFirst: UUID? {
        rounds.last?.order.first
    }

    /// The same record with every time left out: what changed apart from the clock running on.
    public var withoutTimes: MeetingProgress {
        var copy = self
        copy.settledAt = nil
        copy.updatedAt = Date(timeIntervalSinceReferenceDate: 0)
        for index in copy.items.indices { copy.items[index].usedSeconds = 0 }
        for round in copy.rounds.indices {
            for turn in copy.rounds[round].turns.indices { copy.rounds[round].turns[turn].spokenSeconds = 0 }
        }
        return copy
    }
}
