import Foundation

/// The words of a question that carry meaning ("how do we do kubernetes upgrades?" → kubernetes, upgrade), folded
/// and lightly stemmed, and how well a text matches them.
public struct QueryWords: Sendable, Equatable {
    /// The stems searched for, in the order asked.
    public let stems: [String]

    /// Words too common to say anything about who to ask.
    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "with", "by", "from", "about", "into",
        "how", "what", "who", "why", "when", "where", "which", "do", "does", "did", "we", "i", "you", "our", "my",
        "is", "are", "be", "can", "could", "should", "it", "its", "this", "that", "there", "any", "some", "get",
        "knows", "know", "ask", "help", "need", "needs", "want", "use", "using",
    ]

    public init(_ question: String) {
        var stems: [String] = []
        for word in Self.words(of: question) where !Self.stopWords.contains(word) {
            let stem = Self.stem(word)
            if !stems.contains(stem) { stems.append(stem) }
        }
        self.stems = stems
    }

    /// Whether nothing meaningful was asked.
    public var isEmpty: Bool { stems.isEmpty }

    /// The share of stems found in `text` (0…1); a stem is found when a word of the text starts with it, or is it.
    public func score(_ text: String) -> Double {
        guard !stems.isEmpty, !text.isEmpty else { return 0 }
        let words = Self.words(of: text).map(Self.stem)
        let found = stems.filter { stem in words.contains { Self.wordMatches($0, stem) } }.count
        return Double(found) / Double(stems.count)
    }

    /// Whether any stem is found in `text`.
    public func matchesAny(_ text: String) -> Bool { score(text) > 0 }

    /// A text word matches a stem when they are equal, or when the longer starts with the shorter of at least 4 letters
    /// ("testing" and "test", "k8s" only exactly).
    static func wordMatches(_ word: String, _ stem: String) -> Bool {
        if word == stem { return true }
        let (short, long) = word.count < stem.count ? (word, stem) : (stem, word)
        return short.count >= 4 && long.hasPrefix(short)
    }

    /// Folded words: letters and digits only ("CI/CD" → ci, cd; "Zoë's" → zoe, s).
    static func words(of text: String) -> [String] {
        TextMatch.fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// A light English stem: plural and common endings dropped from longer words ("upgrades" → "upgrade", "tests" → "test").
    static func stem(_ word: String) -> String {
        guard word.count > 4 else { return word.count == 4 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word }
        for suffix in ["ies", "es", "s"] where word.hasSuffix(suffix) && !word.hasSuffix("ss") {
            if suffix == "ies" { return String(word.dropLast(3)) + "y" }
            if suffix == "es", !(word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes")) { continue }
            return String(word.dropLast(suffix.count))
        }
        return word
    }
}
