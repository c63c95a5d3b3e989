import Foundation

/// The meeting clock over an agenda: which item is on, whether the clock runs, and the time each item used.
///
/// Pure: every change takes the current time, and used time is credited in `settle(at:)` from the last settled
/// moment, so tests drive it with fixed dates and the runtime with its clock ticks.
public struct AgendaTimer: Sendable, Equatable {
    /// One agenda item as the timer sees it.
    public struct Slot: Sendable, Equatable, Identifiable {
        public var id: UUID
        public var title: String
        /// The timebox, extensions included.
        public var plannedSeconds: TimeInterval
        /// The timebox as planned before any extension.
        public var originalSeconds: TimeInterval
        public var isRound: Bool
        /// Time spent on this item while the clock ran.
        public var usedSeconds: TimeInterval

        /// Seconds left in the timebox (negative when over).
        public var remaining: TimeInterval { plannedSeconds - usedSeconds }
        /// How the timebox is going.
        public var phase: TimerPhase { TimerPhase.of(remaining: remaining, planned: plannedSeconds) }

        /// A slot for `item`, nothing used yet.
        public init(_ item: AgendaItem) {
            self.init(id: item.id, title: item.title, plannedSeconds: TimeInterval(item.minutes * 60),
                      originalSeconds: TimeInterval(item.minutes * 60), isRound: item.isRound, usedSeconds: 0)
        }

        init(id: UUID, title: String, plannedSeconds: TimeInterval, originalSeconds: TimeInterval, isRound: Bool, usedSeconds: TimeInterval) {
            self.id = id
            self.title = title
            self.plannedSeconds = plannedSeconds
            self.originalSeconds = originalSeconds
            self.isRound = isRound
            self.usedSeconds = usedSeconds
        }
    }

    /// The items in the order they are taken.
    public private(set) var slots: [Slot]
    /// The item on now.
    public private(set) var currentIndex: Int
    /// Whether time is being counted.
    public private(set) var isRunning: Bool
    /// The moment up to which used time has been credited; nil before the clock first ran.
    public private(set) var settledAt: Date?

    /// A stopped timer at the first item of `agenda`.
    public init(agenda: [AgendaItem]) {
        slots = agenda.map(Slot.init)
        currentIndex = 0
        isRunning = false
        settledAt = nil
    }

    /// A timer as recorded (`MeetingProgress`): these items, this one on, running or paused since `settledAt`.
    public init(slots: [Slot], currentIndex: Int, isRunning: Bool, settledAt: Date?) {
        self.slots = slots
        self.currentIndex = slots.indices.contains(currentIndex) ? currentIndex : 0
        self.isRunning = isRunning
        self.settledAt = settledAt
    }

    /// The item on now; nil for an empty agenda.
    public var current: Slot? { slots.indices.contains(currentIndex) ? slots[currentIndex] : nil }

    /// The items after the current one.
    public var upcoming: ArraySlice<Slot> { slots.indices.contains(currentIndex + 1) ? slots[(currentIndex + 1)...] : [] }

    /// The sum of every timebox (extensions included).
    public var plannedTotal: TimeInterval { slots.reduce(0) { $0 + $1.plannedSeconds } }
    /// The sum of every timebox as originally planned.
    public var originalTotal: TimeInterval { slots.reduce(0) { $0 + $1.originalSeconds } }
    /// Time used by every item so far.
    public var usedTotal: TimeInterval { slots.reduce(0) { $0 + $1.usedSeconds } }

    /// Time left for the whole agenda: what the current and later items still have, less what earlier items ran over.
    public var remainingTotal: TimeInterval { plannedTotal - usedTotal }

    /// Credits the time since the last settle to the current item when running; returns the seconds credited.
    @discardableResult
    public mutating func settle(at now: Date) -> TimeInterval {
        defer { settledAt = now }
        guard isRunning, let since = settledAt, slots.indices.contains(currentIndex) else { return 0 }
        let delta = max(0, now.timeIntervalSince(since))
        slots[currentIndex].usedSeconds += delta
        return delta
    }

    /// Starts counting from `now`.
    public mutating func start(at now: Date) {
        settle(at: now)
        isRunning = !slots.isEmpty
    }

    /// Stops counting at `now`.
    public mutating func pause(at now: Date) {
        settle(at: now)
        isRunning = false
    }

    /// Starts when paused, pauses when running.
    public mutating func toggle(at now: Date) {
        if isRunning { pause(at: now) } else { start(at: now) }
    }

    /// Moves on to the next item (the clock keeps its running state); false when already at the last item.
    @discardableResult
    public mutating func next(at now: Date) -> Bool {
        select(currentIndex + 1, at: now)
    }

    /// Goes back to the previous item; false when at the first.
    @discardableResult
    public mutating func previous(at now: Date) -> Bool {
        select(currentIndex - 1, at: now)
    }

    /// Makes item `index` the current one, crediting time so far to the one before; false when out of range.
    @discardableResult
    public mutating func select(_ index: Int, at now: Date) -> Bool {
        guard slots.indices.contains(index), index != currentIndex else { return false }
        settle(at: now)
        currentIndex = index
        return true
    }

    /// Adds `minutes` to the timebox of item `index` (the current one by default).
    public mutating func extend(byMinutes minutes: Int, item index: Int? = nil) {
        let target = index ?? currentIndex
        guard slots.indices.contains(target) else { return }
        slots[target].plannedSeconds += TimeInterval(minutes * 60)
    }

    /// Moves item `index` by `offset` places (clamped); the current item stays current wherever it lands. Returns the new index.
    @discardableResult
    public mutating func move(_ index: Int, by offset: Int) -> Int {
        guard slots.indices.contains(index) else { return index }
        let target = min(max(0, index + offset), slots.count - 1)
        guard target != index else { return index }
        let currentID = slots[currentIndex].id
        let slot = slots.remove(at: index)
        slots.insert(slot, at: target)
        currentIndex = slots.firstIndex { $0.id == currentID } ?? currentIndex
        return target
    }

    /// Puts `slot` at `index` (clamped); the current item stays current. Returns where it went.
    @discardableResult
    public mutating func insert(_ slot: Slot, at index: Int) -> Int {
        let currentID = current?.id
        let target = min(max(0, index), slots.count)
        slots.insert(slot, at: target)
        currentIndex = currentID.flatMap { id in slots.firstIndex { $0.id == id } } ?? 0
        return target
    }

    /// Gives item `index` a new title.
    public mutating func rename(_ index: Int, to title: String) {
        guard slots.indices.contains(index) else { return }
        slots[index].title = title
    }

    /// Gives item `index` a new timebox: the plan changes, so its extensions start again from it.
    public mutating func retime(_ index: Int, seconds: TimeInterval) {
        guard slots.indices.contains(index) else { return }
        slots[index].plannedSeconds = seconds
        slots[index].originalSeconds = seconds
    }

    /// The agenda in the current order with titles and extended timeboxes (whole minutes, rounded up) as the meeting has
    /// them; an item added during the meeting becomes a new agenda item. Slots with an id in `excluding` (the meeting-level
    /// timer of a session without an agenda) are left out.
    public func agenda(from original: [AgendaItem], excluding: Set<UUID> = []) -> [AgendaItem] {
        let byID = Dictionary(original.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return slots.compactMap { slot in
            guard !excluding.contains(slot.id) else { return nil }
            var item = byID[slot.id] ?? AgendaItem(id: slot.id, title: slot.title, minutes: 1, isRound: slot.isRound)
            item.title = slot.title
            item.minutes = min(600, max(1, Int((slot.plannedSeconds / 60).rounded(.up))))
            return item
        }
    }
}
