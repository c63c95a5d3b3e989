import GuildCore

/// Pre-folded search text for each row of a list, so filtering on every key press is a byte search, not a fold.
struct SearchIndex: Sendable {
    private let haystacks: [[UInt8]]

    /// Folds each text once (case- and accent-insensitively, as `TextMatch.fold`).
    init(_ texts: [String]) {
        haystacks = texts.map { Array(TextMatch.fold($0).utf8) }
    }

    /// Folds each row's parts, joined by spaces; a part seen before (an owner's name, a session title) is folded once.
    init(parts rows: [[String]]) {
        var folded: [String: [UInt8]] = [:]
        haystacks = rows.map { parts in
            var haystack: [UInt8] = []
            for (index, part) in parts.enumerated() {
                if index > 0 { haystack.append(UInt8(ascii: " ")) }
                if let known = folded[part] {
                    haystack += known
                } else {
                    let bytes = Array(TextMatch.fold(part).utf8)
                    folded[part] = bytes
                    haystack += bytes
                }
            }
            return haystack
        }
    }

    /// Whether `query` holds a word to search for (a blank query matches every row).
    static func hasWords(_ query: String) -> Bool {
        !TextMatch.fold(query).allSatisfy(\.isWhitespace)
    }

    /// The indices whose text holds every word of `query` (all indices when the query is blank), searching only `candidates` when given.
    func matching(_ query: String, among candidates: [Int]? = nil) -> [Int] {
        let words = TextMatch.fold(query).split(whereSeparator: \.isWhitespace).map { Array($0.utf8) }
        let pool = candidates ?? Array(haystacks.indices)
        guard !words.isEmpty else { return pool }
        return pool.filter { index in
            let haystack = haystacks[index]
            return words.allSatisfy { SearchIndex.contains(haystack, $0) }
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count
        guard n > 0 else { return true }
        guard haystack.count >= n else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - n
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < n && haystack[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }
}

/// A `SearchIndex` folded on the first search that needs it: until someone filters a list, its rows are never folded.
///
/// Holds the rows' texts as a closure over the values they come from (which share storage with the state's data).
struct LazySearchIndex: Sendable {
    private var rows: (@Sendable () -> [[String]])?
    private var index: SearchIndex?

    /// An index of no rows.
    init() {}

    /// An index of the rows `rows` returns, called once, on the first query with words.
    init(_ rows: @escaping @Sendable () -> [[String]]) {
        self.rows = rows
    }

    /// Whether the rows still have to be folded (the first query with words, or `fold()`, will do it).
    var isCold: Bool { index == nil && rows != nil }

    /// Folds the rows now (the runtime calls this when idle after a frame, so the first filter key is as fast as the rest).
    mutating func fold() {
        guard index == nil else { return }
        index = SearchIndex(parts: rows?() ?? [])
        rows = nil
    }

    /// As `SearchIndex.matching`; `count` is the number of rows, so a blank query never needs the index.
    mutating func matching(_ query: String, among candidates: [Int]? = nil, count: Int) -> [Int] {
        guard SearchIndex.hasWords(query) else { return candidates ?? Array(0..<count) }
        fold()
        return index!.matching(query, among: candidates)
    }
}
