import Foundation

/// The order people speak in a round: a shuffle from a seed that never starts with whoever started last time.
public enum RoundOrder {
    /// `people` shuffled with `seed`; when the shuffle would start with `lastFirst` (and anyone else is there),
    /// that person swaps places with a randomly chosen other speaker. The same inputs give the same order.
    public static func make(people: [UUID], lastFirst: UUID?, seed: UInt64) -> [UUID] {
        // Sort first so the result depends on who is there, not on the order they were listed in.
        var order = Array(Set(people)).sorted { $0.orderKey < $1.orderKey }
        var random = SeededRandom(seed: seed)
        order.shuffle(using: &random)
        if order.count > 1, let lastFirst, order[0] == lastFirst {
            let other = Int.random(in: 1..<order.count, using: &random)
            order.swapAt(0, other)
        }
        return order
    }
}
