import Foundation

/// Sort keys for names and titles: lowercase, Latin letters without their accents, digit runs compared as numbers.
/// Long lists sort by these bytes (close to Finder's order for the names a team has, without a locale-aware comparison
/// per pair, which cost a third of opening at organisation scale); texts with equal keys fall back to `TextOrder`.
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

    /// `items` exactly as `items.sorted(by: areInIncreasingOrder)` orders them (a strict total order, such as
    /// `SkillsMatrix.personOrder`), with few calls to it: sorted by `keys` first, then by the exact order, which the
    /// standard library's merge sort finishes in one pass of `count - 1` comparisons when the keys already agree with
    /// it; where they do not ("Małgorzata": a key byte order and the locale's order can differ), it moves what the
    /// keys misplaced, so the result is the exact order whatever the keys say.
    public static func sortedExactly<T>(_ items: [T], keys: [[UInt8]], by areInIncreasingOrder: (T, T) -> Bool) -> [T] {
        precondition(keys.count == items.count)
        var order = Array(items.indices)
        order.sort { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var result = order.map { items[$0] }
        result.sort(by: areInIncreasingOrder)
        return result
    }

    /// `texts` exactly as `texts.sorted { TextOrder.precedes($0, $1) }` orders them (texts the order calls equal stay in
    /// the order given), with about one locale-aware comparison per text (`sortedExactly`).
    public static func sortedTexts(_ texts: [String]) -> [String] {
        let order = sortedExactly(Array(texts.indices), keys: texts.map(of)) { a, b in
            let order = TextOrder.compare(texts[a], texts[b])
            return order == .orderedSame ? a < b : order == .orderedAscending
        }
        return order.map { texts[$0] }
    }

    /// `items` in the order of their `keys`; items whose keys are equal (the same text up to case and accents) in
    /// `areInIncreasingOrder`, which only ever sees such ties.
    public static func sorted<T>(_ items: [T], keys: [[UInt8]], by areInIncreasingOrder: (T, T) -> Bool) -> [T] {
        precondition(keys.count == items.count)
        var order = Array(items.indices)
        order.sort { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var result: [T] = []
        result.reserveCapacity(items.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, keys[order[end]] == keys[order[start]] { end += 1 }
            if end - start == 1 {
                result.append(items[order[start]])
            } else {
                result += order[start..<end].map { items[$0] }.sorted(by: areInIncreasingOrder)
            }
            start = end
        }
        return result
    }
}
