import Foundation

/// Case- and accent-insensitive text matching, used by filters and look-ups ("zoe" finds "Zoë").
public enum TextMatch {
    /// Lowercased with diacritics removed, so comparisons ignore case and accents.
    public static func fold(_ text: String) -> String {
        // Plain ASCII only needs lowercasing; Foundation's folding costs microseconds per string.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Whether every whitespace-separated word of `query` occurs in `text`, ignoring case and accents.
    public static func matches(_ text: String, query: String) -> Bool {
        let haystack = fold(text)
        return fold(query).split(whereSeparator: \.isWhitespace).allSatisfy { haystack.contains($0) }
    }
}
