import Foundation

/// Who has had how much of the talk time in a meeting's rounds, and who is past a fair share.
public struct SpeakingBalance: Sendable, Equatable {
    /// Seconds spoken per person.
    public private(set) var seconds: [UUID: TimeInterval]
    /// Round time planned so far (the timeboxes of the rounds held): a fair share is judged against this until talk exceeds it.
    public private(set) var plannedSeconds: TimeInterval

    /// Nobody has spoken yet.
    public init(seconds: [UUID: TimeInterval] = [:], plannedSeconds: TimeInterval = 0) {
        self.seconds = seconds
        self.plannedSeconds = plannedSeconds
    }

    /// Adds talk time for a person.
    public mutating func add(_ delta: TimeInterval, to person: UUID) {
        guard delta > 0 else { return }
        seconds[person, default: 0] += delta
    }

    /// Adds a round's timebox to the planned round time.
    public mutating func plan(_ timebox: TimeInterval) {
        plannedSeconds += max(0, timebox)
    }

    /// All talk time so far.
    public var total: TimeInterval { seconds.values.reduce(0, +) }

    /// One person's fair share among `count` people: the planned round time (or the talk so far, when longer) split evenly.
    public func fairShare(among count: Int) -> TimeInterval {
        guard count > 0 else { return 0 }
        return max(total, plannedSeconds) / Double(count)
    }

    /// The person's part of all talk so far, 0...1.
    public func share(of person: UUID) -> Double {
        let all = total
        return all > 0 ? (seconds[person] ?? 0) / all : 0
    }

    /// Whether the person has spoken more than a fair share among `count` people.
    public func isOverFairShare(_ person: UUID, among count: Int) -> Bool {
        let fair = fairShare(among: count)
        return fair > 0 && (seconds[person] ?? 0) > fair
    }

    /// How full a bar for the person should be: a fair share fills half of it, twice a fair share all of it.
    public func barFraction(of person: UUID, among count: Int) -> Double {
        let fair = fairShare(among: count)
        guard fair > 0 else { return 0 }
        return min(1, (seconds[person] ?? 0) / (2 * fair))
    }
}
