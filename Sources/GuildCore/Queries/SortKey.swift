import Foundation

/// Cheap sort keys that put names nearly in `localizedStandardCompare` (`TextOrder`) order, so an exact sort afterwards costs
/// about one exact comparison per item instead of n log n (the standard library's sort finds the sorted runs).
public enum SortKey {
    /// Lowercase ASCII, Latin letters without their accents, digit runs that compare as numbers; other text as is.
    public static func of(_ text: String) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count + 4)
        var digits: [UInt8] = []
        func flushDigits() {
            guard !digits.isEmpty else { return }
            let significant = digits.drop { $0 == UInt8(ascii: "0") }
            // Length first, so "10" sorts after "9", as a numeric comparison does.
            key.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: min(significant.count, 200)))
            key.append(contentsOf: significant)
            digits.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x30, value <= 0x39 {
                digits.append(UInt8(value))
                continue
            }
            flushDigits()
            if value < 0x80 {
                key.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value))
            } else if value >= 0xC0, value < 0x250, let folded = latin[Int(value - 0xC0)] {
                key.append(contentsOf: folded)
            } else {
                key.append(contentsOf: String(scalar).utf8)
            }
        }
        flushDigits()
        return key
    }

    /// Latin-1 and Latin Extended-A/B letters folded to lowercase without diacritics ("Å" → "a", "ß" → "ss").
    private static let latin: [[UInt8]?] = (0xC0..<0x250).map { value in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return Array(folded.utf8)
    }

    /// `items` sorted by `areInIncreasingOrder`, exactly; `keys` (one per item) only choose the starting order.
    public static func sorted<T>(_ items: [T], keys: [[UInt8]], by areInIncreasingOrder: (T, T) -> Bool) -> [T] {
        precondition(keys.count == items.count)
        var order = Array(items.indices)
        order.sort { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var result = order.map { items[$0] }
        result.sort(by: areInIncreasingOrder)
        return result
    }
}
