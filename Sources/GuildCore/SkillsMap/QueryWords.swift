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
        needles = stems.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? stems.map(Self.needle) : nil
    }

    /// Per stem, ASCII bytes that every text it matches contains (see `needle`); nil when a stem is not plain ASCII.
    private let needles: [[UInt8]]?

    /// Whether nothing meaningful was asked.
    public var isEmpty: Bool { stems.isEmpty }

    /// The share of stems found in `text` (0…1); a stem is found when a word of the text starts with it, or is it.
    public func score(_ text: String) -> Double {
        guard !stems.isEmpty, !text.isEmpty else { return 0 }
        let folded = TextMatch.fold(text)
        // Most texts contain none of the stems: a byte search rules them out before splitting into words.
        if let needles, folded.utf8.allSatisfy({ $0 < 0x80 }),
           !needles.contains(where: { Self.contains(folded.utf8, $0) }) { return 0 }
        return score(folded: folded)
    }

    /// `score` of the texts `parts` joined with spaces, each part already folded (`TextMatch.fold`), so a part
    /// shared by many texts (a session title, a name) is folded once. Only for parts that begin and end with an ASCII
    /// character or are plain ASCII throughout (`canScoreApart`): no character then spans the space between two parts,
    /// so their words are those of the joined text (tests check both agree).
    public func score(foldedParts parts: [String]) -> Double {
        guard !stems.isEmpty, parts.contains(where: { !$0.isEmpty }) else { return 0 }
        if let needles, parts.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }),
           !needles.contains(where: { needle in parts.contains { Self.contains($0.utf8, needle) } }) { return 0 }
        let words = parts.flatMap { Self.words(ofFolded: $0) }.map(Self.stem)
        let found = stems.filter { stem in words.contains { Self.wordMatches($0, stem) } }.count
        return Double(found) / Double(stems.count)
    }

    /// Whether `text` (as written, and folded) can be a part of `score(foldedParts:)`: empty, or beginning and ending
    /// with a character that no space joins into one character with it — ASCII, Latin letters with their accents
    /// precomposed, Greek, Cyrillic, kana and CJK ideographs, Hangul syllables. Not a combining mark (or a joiner) at
    /// its start, nor a prepended mark (Arabic number signs and the like, all from U+0600 on) at its end.
    public static func canScoreApart(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        return isPlainEdge(first) && isPlainEdge(last)
    }

    /// A scalar that neither attaches to a space before it nor draws a space after it into its character.
    static func isPlainEdge(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x370..<0x483, 0x48A..<0x530, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3: true
        default: false
        }
    }

    /// `score` without the byte search that rules texts out (tests check both agree).
    func score(folded: String) -> Double {
        guard !stems.isEmpty else { return 0 }
        let words = Self.words(ofFolded: folded).map(Self.stem)
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
        words(ofFolded: TextMatch.fold(text))
    }

    /// The words of a text already folded. Plain ASCII is split byte by byte (its letters and digits are exactly the
    /// bytes A–Z, a–z, 0–9; asking each character for its Unicode properties was most of indexing who to ask's texts).
    static func words(ofFolded folded: String) -> [String] {
        let ascii = folded.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var words: [String] = []
            var start: Int?
            for index in 0...bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
                guard byte < 0x80 else { return nil }
                let inWord = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                if inWord, start == nil { start = index }
                if !inWord, let first = start {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<index]), as: UTF8.self))
                    start = nil
                }
            }
            return words
        }
        if let words = ascii ?? nil { return words }
        return words(byCharacterOfFolded: folded)
    }

    /// `words(ofFolded:)` asking each character whether it is a letter or a digit (any text; tests compare both).
    static func words(byCharacterOfFolded folded: String) -> [String] {
        folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// What a folded ASCII text must contain for a word of it to match `stem` (`wordMatches` after `stem(_:)`).
    ///
    /// A text word's stem keeps the word's letters except that it may drop an ending or end in "y" for "ies", so
    /// it shares all but its last letter with the word. An equal stem of 3 letters or fewer is then found minus its
    /// last letter; a longer stem shares at least its first 3 letters with any word it matches by prefix.
    static func needle(_ stem: String) -> [UInt8] {
        let bytes = Array(stem.utf8)
        switch bytes.count {
        case ...2: return bytes
        case 3: return Array(bytes.prefix(2))
        default: return Array(bytes.prefix(3))
        }
    }

    /// Whether `needle` occurs in `haystack` (bytes).
    static func contains(_ haystack: String.UTF8View, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        return haystack.withContiguousStorageIfAvailable { buffer -> Bool in
            guard buffer.count >= needle.count else { return false }
            var index = 0
            let last = buffer.count - needle.count
            while index <= last {
                if buffer[index] == first {
                    var offset = 1
                    while offset < needle.count && buffer[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                index += 1
            }
            return false
        } ?? slowContains(Array(haystack), needle)
    }

    /// `contains` for a text with no contiguous storage.
    private static func slowContains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { start in bytes[start..<(start + needle.count)].elementsEqual(needle) }
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
