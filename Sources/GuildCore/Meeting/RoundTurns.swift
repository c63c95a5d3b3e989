import Foundation

/// A round in progress: everyone speaks in turn; a person may pass, be skipped (and come back at the end) or be away.
public struct RoundTurns: Sendable, Equatable {
    /// Where one person is in the round.
    public enum Turn: String, Codable, Sendable, Hashable, CaseIterable {
        /// Not heard yet.
        case waiting
        case speaking
        /// Spoke.
        case done
        /// Chose not to speak this time.
        case passed
        /// Skipped for now; asked again once everyone else has had a turn.
        case skipped
        /// Not in the room.
        case away
    }

    /// The agenda item this round belongs to.
    public let itemID: UUID
    /// The speaking order (someone who joins during the round is added at the end).
    public private(set) var order: [UUID]
    public private(set) var turns: [UUID: Turn]
    /// The person speaking now; nil before the first turn and after the last.
    public private(set) var speaker: UUID?
    /// The time a turn may take: the item's timebox shared among the speakers.
    public let budgetPerSpeaker: TimeInterval
    /// Time each person has spoken in this round.
    public private(set) var spoken: [UUID: TimeInterval]

    /// A round over `order`, the first person speaking.
    public init(itemID: UUID, order: [UUID], timebox: TimeInterval) {
        self.itemID = itemID
        self.order = order
        turns = Dictionary(order.map { ($0, Turn.waiting) }, uniquingKeysWith: { a, _ in a })
        budgetPerSpeaker = order.isEmpty ? timebox : timebox / Double(order.count)
        spoken = [:]
        speaker = nil
        advance()
    }

    /// A round as recorded (`MeetingProgress`): everyone's turn, the speaker now and the time each has spoken.
    public init(itemID: UUID, order: [UUID], turns: [UUID: Turn], speaker: UUID?, budgetPerSpeaker: TimeInterval, spoken: [UUID: TimeInterval]) {
        self.itemID = itemID
        self.order = order
        var all = Dictionary(order.map { ($0, Turn.waiting) }, uniquingKeysWith: { a, _ in a })
        for (person, turn) in turns where all[person] != nil { all[person] = turn }
        self.turns = all
        self.speaker = speaker.flatMap { all[$0] == .speaking ? $0 : nil }
        self.budgetPerSpeaker = budgetPerSpeaker
        self.spoken = spoken
    }

    /// People not heard yet, in speaking order: waiting first, then those skipped (the speaker is not listed).
    public var notHeardYet: [UUID] {
        order.filter { turns[$0] == .waiting } + order.filter { turns[$0] == .skipped }
    }

    /// Whether nobody in the round is here (nobody was, or everyone is away): the round cannot go on until someone joins.
    public var hasNobody: Bool { order.allSatisfy { turns[$0] == .away } }

    /// Whether everyone has spoken, passed or is away.
    public var isFinished: Bool { speaker == nil }

    /// The turn of `person`.
    public func turn(of person: UUID) -> Turn? { turns[person] }

    /// Time the current speaker has left in their turn (negative when over).
    public var speakerRemaining: TimeInterval? {
        speaker.map { budgetPerSpeaker - (spoken[$0] ?? 0) }
    }

    /// Credits `seconds` of talk to the speaker.
    public mutating func credit(_ seconds: TimeInterval) {
        guard let speaker, seconds > 0 else { return }
        spoken[speaker, default: 0] += seconds
    }

    /// The speaker finished: marked done, the next person speaks.
    public mutating func finishTurn() { end(with: .done) }

    /// The speaker passes this time.
    public mutating func pass() { end(with: .passed) }

    /// The speaker is skipped for now and asked again at the end.
    public mutating func skip() {
        guard let current = speaker else { return }
        // Skipping the only one left would ask them again at once: leave them waiting to be heard instead.
        if notHeardYet.filter({ $0 != current }).isEmpty {
            turns[current] = .skipped
            speaker = nil
            return
        }
        end(with: .skipped)
    }

    /// The speaker (or `person`) is not in the room.
    public mutating func markAway(_ person: UUID? = nil) {
        guard let target = person ?? speaker, turns[target] != nil else { return }
        if target == speaker {
            end(with: .away)
        } else {
            turns[target] = .away
        }
    }

    /// Someone who turned up during the round (a latecomer, a guest, someone back from away) waits for a turn at the
    /// end of the order; when nobody is speaking (an empty or finished round) they speak now. Their turn, if they had
    /// one already, stays as it was unless they were away.
    public mutating func join(_ person: UUID) {
        if let turn = turns[person] {
            guard turn == .away else { return }
            turns[person] = .waiting
        } else {
            order.append(person)
            turns[person] = .waiting
        }
        advance()
    }

    /// Calls a skipped or waiting person now (the current speaker goes back to waiting).
    public mutating func call(_ person: UUID) {
        guard let turn = turns[person], turn == .waiting || turn == .skipped else { return }
        if let speaker { turns[speaker] = .waiting }
        turns[person] = .speaking
        speaker = person
    }

    private mutating func end(with turn: Turn) {
        guard let current = speaker else { return }
        turns[current] = turn
        speaker = nil
        advance()
    }

    /// The next waiting person in order, else the first skipped one.
    private mutating func advance() {
        guard speaker == nil else { return }
        if let next = order.first(where: { turns[$0] == .waiting }) ?? order.first(where: { turns[$0] == .skipped }) {
            turns[next] = .speaking
            speaker = next
        }
    }
}
