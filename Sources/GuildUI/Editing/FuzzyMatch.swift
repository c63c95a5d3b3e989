import GuildCore

/// Fuzzy matching for pickers and the palette: the query's characters in order, ignoring case and accents, scored so
/// word starts and runs of consecutive characters rank first ("nses" finds "new session", "zo" finds "Zoë Ångström").
enum FuzzyMatch {
    /// A score (higher is better) when every character of `query` occurs in `text` in order; nil otherwise. A blank query scores 0.
    static func score(_ query: String, in text: String) -> Int? {
        let needle = Array(TextMatch.fold(query).filter { !$0.isWhitespace })
        guard !needle.isEmpty else { return 0 }
        let haystack = Array(TextMatch.fold(text))
        var score = 0
        var position = 0
        var previousMatch = -2
        for character in needle {
            var found: Int?
            // Prefer a word start ahead, else the next occurrence.
            var index = position
            var firstAny: Int?
            while index < haystack.count {
                if haystack[index] == character {
                    if firstAny == nil { firstAny = index }
                    if index == previousMatch + 1 { found = index; break }
                    if index == 0 || !(haystack[index - 1].isLetter || haystack[index - 1].isNumber) { found = index; break }
                }
                index += 1
            }
            guard let match = found ?? firstAny else { return nil }
            if match == previousMatch + 1 { score += 6 }
            if match == 0 || !(haystack[match - 1].isLetter || haystack[match - 1].isNumber) { score += 8 }
            score -= min(3, match - position)
            previousMatch = match
            position = match + 1
        }
        // Shorter texts win ties: "new session" over "new session from template".
        return score * 4 - min(haystack.count, 40) / 8
    }

    /// The indices of `texts` matching `query`, best first (ties keep their order).
    static func rank(_ query: String, _ texts: [String]) -> [Int] {
        var scored: [(index: Int, score: Int)] = []
        for (index, text) in texts.enumerated() {
            if let score = score(query, in: text) { scored.append((index, score)) }
        }
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }.map(\.index)
    }
}
