import Foundation

/// Ids made from other ids (and a number), the same on every machine: a record one person may write once per thing
/// (a dot on a proposal, a "continue?" vote on a timebox) gets the same file name from any terminal or clone.
public enum DerivedID {
    /// The id made from `ids` and `number`.
    public static func make(_ ids: [UUID], number: UInt64 = 0) -> UUID {
        var seed: UInt64 = 0x6A09_E667_F3BC_C908 ^ number
        for id in ids {
            let bytes = withUnsafeBytes(of: id.uuid) { Array($0) }
            for half in 0..<2 {
                let word = bytes[(half * 8)..<(half * 8 + 8)].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                var mixer = SeededRandom(seed: seed ^ word)
                seed = mixer.next()
            }
        }
        var random = SeededRandom(seed: seed)
        return random.uuid()
    }
}
