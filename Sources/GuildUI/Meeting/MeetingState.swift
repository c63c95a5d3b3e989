import Foundation
import GuildCore
import TerminalGrid

/// Everything the meeting screen shows, as a value: the held session, its clock, rounds, notes, review and wrap-up.
///
/// Change it only through `reduceMeeting`; draw it with `renderMeeting`. The clock is injected (`.tick(Date)`), the
/// round order comes from `seed` and new notes' ids from `ids`, so a meeting replays exactly in tests.
public struct MeetingState: Sendable {
    /// People, sessions, action items and topics of the store.
    public internal(set) var data: GuildData {
        didSet { dataStamp = .next() }
    }
    /// The held session record this meeting runs on, as the store last had it: the base of the meeting's saves.
    public internal(set) var session: Session
    public let role: MeetingRole
    /// Versions of `data` and `notes` (a stamp never reused), which what `memo` keeps is keyed on.
    private(set) var dataStamp = DetailMemo.Stamp.next()
    private(set) var notesStamp = DetailMemo.Stamp.next()
    /// What frames derive from the data and the notes (this meeting's action items, the questions, the parking lot),
    /// kept until they change: a meeting with thousands of notes and an organisation's action items draws in time.
    let memo = ViewMemo()
    /// This session's notes, oldest first.
    public internal(set) var notes: [NoteEntry] {
        didSet { notesStamp = .next() }
    }
    /// Anonymous questions, oldest first: in the order the shared screen first saw them (kept in the progress record).
    public internal(set) var questionOrder: [UUID]
    /// What the meeting did with each question (absent: still open).
    public internal(set) var questionStatus: [UUID: MeetingProgress.QuestionStatus] = [:]
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
    /// Notes saved, edited or deleted on this screen, latest last: what `u` takes back.
    public internal(set) var noteChanges: [MeetingNoteChange] = []
    public internal(set) var overlay: MeetingOverlay?
    /// Who is expected, in name order (the team's people first, then guests in the order they joined).
    public internal(set) var expected: [UUID]
    /// Expected people marked away (not in the room).
    public internal(set) var absent: Set<UUID>
    /// Guests who joined (not in the team's people), by their own id, with the name typed.
    public internal(set) var guests: [UUID: String] = [:]
    /// Anonymous 1–5 votes given on this shared screen in the wrap-up.
    public internal(set) var ratings: [Int]
    /// Votes from other terminals that the progress record keeps (an earlier `guild rate-meeting` wrote them there;
    /// it now saves each as an anonymous `MeetingVote` record of its own, counted through `data`).
    public internal(set) var remoteVotes: [MeetingProgress.Vote] = []
    /// The votes given on this screen since it opened, latest last: what the take-back key removes.
    public internal(set) var ratingsGivenHere: [Int] = []
    /// The take-back key found no vote given since the screen opened but votes given here before a restart: the next
    /// rating key names the one to take back.
    public internal(set) var takingBack = false
    /// People passed over for next time's roles.
    public internal(set) var rotationSkips: Set<UUID>
    public internal(set) var rotationSwapped: Bool
    /// Next time's roles, once the meeting finished (series only).
    public internal(set) var decidedNext: MeetingProgress.NextRoles?
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
        timer = AgendaTimer(agenda: session.agenda.isEmpty ? [MeetingState.meetingSlot(of: session)] : session.agenda)
        rounds = [:]
        balance = SpeakingBalance()
        lastRoundFirst = HeldSession.lastRoundFirst(before: session, in: data, notes: Array(data.notes.values))
        review = role == .shared ? HeldSession.openActions(before: session, in: data, today: Day(now, in: calendar)) : []
        reviewOutcomes = [:]
        reviewRow = 0
        agendaRow = 0
        parkingRow = 0
        expected = MeetingState.expectedPeople(for: session, in: data)
        // Someone whose profile says away starts away; attendance can mark them here when they turn up.
        absent = Set(expected.filter { data.people[$0]?.isAway == true })
        ratings = []
        rotationSkips = []
        rotationSwapped = false
        if session.status == .done {
            step = .finished
        } else {
            step = review.isEmpty || role == .notes ? .agenda : .review
        }
        if let progress = data.meetings[session.id] {
            restore(progress)
        } else if step == .agenda {
            enterCurrentItem()
        }
    }

    /// Takes up the meeting where its progress record says it is: step, timer, review, rounds, attendance, ratings and
    /// the wrap-up's choices (a restarted shared screen resumes there; the note-taker's view follows it).
    mutating func restore(_ progress: MeetingProgress) {
        switch progress.step {
        case .review: step = role == .shared ? .review : .agenda
        case .agenda: step = .agenda
        case .wrapUp: step = role == .shared ? .wrapUp : .agenda
        case .finished: step = .finished
        }
        if session.status == .done { step = .finished }
        if !progress.items.isEmpty || !session.agenda.isEmpty { timer = progress.timer }
        // Items added, renamed, re-timed, extended or moved before a restart still go into the held record.
        if timer.agenda(from: session.agenda, excluding: [session.id]) != session.agenda { agendaEdited = true }
        rounds = progress.roundTurns
        balance = progress.balance
        if let first = progress.lastRoundFirst { lastRoundFirst = first }
        if !progress.review.isEmpty || role == .shared {
            let known = Dictionary(review.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            review = progress.review.compactMap { data.actions[$0.id] ?? known[$0.id] }
            reviewOutcomes = Dictionary(progress.review.compactMap { entry in entry.outcome.map { (entry.id, $0) } }, uniquingKeysWith: { a, _ in a })
            reviewRow = min(max(0, review.count - 1), review.firstIndex { reviewOutcomes[$0.id] == nil } ?? review.count - 1)
        }
        if !progress.attendance.isEmpty {
            guests = progress.guests
            let known = progress.attendance.map(\.id).filter { data.people[$0] != nil || guests[$0] != nil }
            expected = arranged(expected.filter { data.people[$0] != nil } + known.filter { !expected.contains($0) })
            absent = Set(progress.attendance.filter { !$0.present }.map(\.id))
        }
        if let questions = progress.questions {
            let stored = questions.map(\.id)
            questionOrder = stored + questionOrder.filter { !stored.contains($0) }
            questionStatus = Dictionary(questions.filter { $0.status != .open }.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
        }
        ratings = progress.ratings.filter(isLocalVote).map(\.value)
        remoteVotes = progress.ratings.filter { !isLocalVote($0) }
        rotationSkips = Set(progress.rotationSkips)
        rotationSwapped = progress.rotationSwapped
        decidedNext = progress.next
        agendaRow = timer.currentIndex
    }

    /// The meeting's progress record as it stands now (the timer settled at `now` by the caller).
    public func progress() -> MeetingProgress {
        let recordedStep: MeetingProgress.Step = switch step {
        case .review: .review
        case .agenda: .agenda
        case .wrapUp: .wrapUp
        case .finished: .finished
        }
        return MeetingProgress(id: session.id, step: recordedStep, timer: timer, review: review.map { ($0.id, reviewOutcomes[$0.id]) },
                               rounds: rounds, balance: balance, expected: expected, absent: absent, guests: guests,
                               questions: questionOrder.map { MeetingProgress.Question(id: $0, status: questionStatus[$0] ?? .open) },
                               ratings: votes + remoteVotes,
                               rotationSkips: rotationSkips, rotationSwapped: rotationSwapped, next: decidedNext, updatedAt: now)
    }

    /// The ratings as anonymous votes: each id comes from the session, the value and how many of that value came
    /// before, so it is the same at every save and says nothing about who voted or when.
    private var votes: [MeetingProgress.Vote] {
        var seen: [Int: Int] = [:]
        return ratings.sorted().map { value in
            let occurrence = seen[value, default: 0]
            seen[value] = occurrence + 1
            var bytes = session.id.uuid
            bytes.14 ^= UInt8(truncatingIfNeeded: value)
            bytes.15 ^= UInt8(truncatingIfNeeded: occurrence)
            bytes.13 ^= UInt8(truncatingIfNeeded: occurrence >> 8)
            return MeetingProgress.Vote(id: UUID(uuid: bytes), value: value)
        }
    }

    /// Whether `vote` was given on the shared screen: its id is the session's with the value and occurrence mixed in
    /// (`votes`), where a vote from another terminal has a random id.
    func isLocalVote(_ vote: MeetingProgress.Vote) -> Bool {
        let mine = session.id.uuid
        let theirs = vote.id.uuid
        return withUnsafeBytes(of: mine) { a in
            withUnsafeBytes(of: theirs) { b in
                Array(a.prefix(13)) == Array(b.prefix(13)) && a[14] ^ UInt8(truncatingIfNeeded: vote.value) == b[14]
            }
        }
    }

    /// Every anonymous vote so far, each once: given here and from other terminals (the records `guild rate-meeting`
    /// saves, and any the progress record keeps).
    public var allRatings: [Int] {
        let kept = Set(remoteVotes.map(\.id))
        return ratings + remoteVotes.map(\.value) + data.votes(for: session.id).filter { !kept.contains($0.id) }.map(\.value)
    }

    /// The timer of a session without an agenda: one item for the whole slot, with the session's id.
    static func meetingSlot(of session: Session) -> AgendaItem {
        AgendaItem(id: session.id, title: "Meeting", minutes: max(1, session.durationMinutes))
    }

    /// The session's slot in seconds: what the plan (every timebox with its extensions) is measured against.
    public var slotSeconds: TimeInterval { TimeInterval(session.durationMinutes * 60) }

    /// "66:00 of a 60:00 slot": the plan against the session's slot, and whether extensions overran it.
    public var planAgainstSlot: (text: String, isOver: Bool) {
        let planned = timer.plannedTotal
        let over = planned > slotSeconds
        let text = "\(TimerText.elapsed(planned)) of a \(TimerText.elapsed(slotSeconds)) slot"
            + (over ? " · \(TimerText.elapsed(planned - slotSeconds)) over" : "")
        return (text, over)
    }

    /// A person's name, or a guest's (marked as a guest).
    public func name(of id: UUID?) -> String {
        if let id, let guest = guests[id] { return guest + " (guest)" }
        return data.name(of: id)
    }

    /// A name fitted to `width` columns: a team member's as "Zoë Å." when short of room; a guest's (typed as it
    /// came: "Sam from Acme") cut at the end with "…", never read as a first and last name.
    public func fittedName(of id: UUID, width: Int) -> String {
        guard let guest = guests[id] else { return MeetingText.name(data.name(of: id), width: width) }
        return TextLayout.truncate(SafeText.sanitize(guest), toWidth: max(0, width))
    }

    /// The attendance list: who is expected, then everyone else on the team (marking one here adds them).
    public var attendanceRows: [UUID] {
        let others = SkillsMatrix.inPersonOrder(data.people.values.filter { !expected.contains($0.id) }).map(\.id)
        return expected + others
    }

    /// People in name order, then guests in the order they joined.
    func arranged(_ ids: [UUID]) -> [UUID] {
        var seen: Set<UUID> = []
        let unique = ids.filter { seen.insert($0).inserted }
        let people = unique.filter { data.people[$0] != nil }.sorted { a, b in SkillsMatrix.personOrder(data.people[a]!, data.people[b]!) }
        return people + unique.filter { data.people[$0] == nil && guests[$0] != nil }
    }

    /// Whether this screen knows where the meeting is: the shared screen runs it; the note-taker's view follows its
    /// progress record once the shared screen has saved one.
    public var isFollowing: Bool { role == .shared || data.meetings[session.id] != nil }

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

    /// Expected people not marked away (guests included).
    public var present: [UUID] { expected.filter { !absent.contains($0) } }

    /// The round of the current item, when the item is a round.
    public var currentRound: RoundTurns? {
        timer.current.flatMap { rounds[$0.id] }
    }

    /// Parking-lot notes, oldest first.
    public var parked: [NoteEntry] {
        memo.value("meeting.parked", for: notesStamp.number) { notes.filter(ParkingLot.isParked) }
    }

    /// Anonymous questions in the order first seen.
    public var questions: [NoteEntry] {
        memo.value("meeting.questions", for: QuestionsKey(notes: notesStamp.number, order: questionOrder)) {
            let byID = Dictionary(notes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return questionOrder.compactMap { byID[$0] }
        }
    }

    /// How many notes are not parked (the notes panel's count), counted once per change of the notes.
    var unparkedNoteCount: Int {
        memo.value("meeting.unparked", for: notesStamp.number) { notes.count - parked.count }
    }

    /// The places in `parked` of the entries already made topics (by title), found once per notes and data change.
    var promotedParkingEntries: Set<Int> {
        memo.value("meeting.promoted", for: [notesStamp.number, dataStamp.number]) {
            let parked = self.parked
            let titles = Set(data.topics.values.map { TextMatch.fold($0.title) })
            return Set(parked.indices.filter { titles.contains(TextMatch.fold(ParkingLot.title(of: parked[$0]))) })
        }
    }

    /// What `questions` is built from.
    private struct QuestionsKey: Hashable {
        var notes: UInt64
        var order: [UUID]
    }

    /// What `meetingActions` is built from.
    private struct ActionsKey: Hashable {
        var data: UInt64
        var session: UUID
    }

    /// The action items written in this meeting, oldest first.
    public var meetingActions: [ActionItem] {
        memo.value("meeting.actions", for: ActionsKey(data: dataStamp.number, session: session.id)) {
            data.actions.values.filter { $0.sessionID == session.id }
                .sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }
        }
    }

    /// Who facilitates and takes notes next time (series only): the rotation, with this wrap-up's skips and swap.
    public var nextRotation: (facilitator: UUID?, noteTaker: UUID?)? {
        guard let series else { return nil }
        var withThis = data
        withThis.upsert(session)
        return Rotation.assign(candidates: Rotation.candidates(for: series, in: withThis), history: Rotation.history(of: series.id, in: withThis),
                               skipped: rotationSkips, swapped: rotationSwapped, fixedFacilitator: series.keptFacilitator)
    }

    /// The context keys are looked up in right now.
    var keyContext: KeyContext {
        if composer != nil { return .meetingCompose }
        if overlay != nil { return .meetingOverlay }
        switch step {
        case .review: return .meetingReview
        case .agenda: return .meetingAgenda
        case .wrapUp: return .meetingWrapUp
        // The note-taker can still add a note once the meeting is finished: the minutes are made with it.
        case .finished: return role == .notes ? .meetingAgenda : .meeting
        }
    }

    /// The minutes as they stand now: made from the progress record, exactly as `guild export minutes` makes them later.
    public func minutes() -> MinutesDocument {
        var withReview = data
        for item in review where withReview.actions[item.id] == nil { withReview.upsert(item) }
        return MinutesDocument(progress: progress(), session: session, data: withReview, notes: notes, calendar: calendar)
    }

    /// Notes in display order: oldest first, ties by id.
    static func sorted(_ notes: [NoteEntry]) -> [NoteEntry] {
        notes.sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }
    }

    /// Counts time up to `date` on the running timer, crediting the round's speaker too (shared screen only).
    mutating func advanceClock(to date: Date) {
        defer { now = date }
        // The note-taker's view counts on from the shared screen's last record, for display only (it never saves progress).
        guard step != .finished else { return }
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
        if order.isEmpty { notify("Nobody is here for this round: \(keyName(.attendance)) marks who is here or adds a guest", isError: true) }
    }
}
