import Foundation

/// Where new record ids come from inside reducers: a seed and a counter, so the same state and the same actions
/// always make the same ids (reducer tests are deterministic), while the runtime seeds it at random for real use.
public struct IDSource: Sendable, Hashable {
    /// The seed the ids are drawn from.
    public let seed: UInt64
    /// How many ids (or id groups) were handed out so far.
    public private(set) var count: UInt64

    /// A source drawing from `seed`, starting at `count`.
    public init(seed: UInt64, count: UInt64 = 0) {
        self.seed = seed
        self.count = count
    }

    /// The next id.
    public mutating func next() -> UUID {
        defer { count &+= 1 }
        return peek()
    }

    /// The id `next()` would return, and ids beside it: `slot` 1, 2, … name further ids of the same group (the items of
    /// a new agenda), so a builder that cannot advance the source still makes distinct ids.
    public func peek(slot: UInt64 = 0) -> UUID {
        var random = SeededRandom(seed: seed ^ (count &* 0x9E37_79B9_7F4A_7C15) ^ (slot &* 0xC2B2_AE3D_27D4_EB4F))
        return random.uuid()
    }
}
