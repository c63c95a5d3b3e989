/// Makes untrusted text safe to show: no character that a terminal would act on survives.
///
/// The one sanitiser for everything Guild puts in front of a terminal: the grid (every cell), every line the
/// command line prints, and every document it writes (reports, exports, minutes, the Markdown site). JSON output
/// keeps the data exact instead and escapes the same scalars (`isUnsafe`) as `\uXXXX`.
public enum SafeText {
    /// `text` with every control replaced by a visible symbol: C0 by its control picture (ESC → ␛, LF → ⏎, TAB → space), DEL → ␡, C1 and bidi controls → �.
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result.append(contentsOf: replacement(for: scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// A document of lines made safe: line ends (LF, and CR LF as a pair) and tabs are kept, every other control replaced as `sanitize` does.
    public static func sanitizeDocument(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && $0 != "\n" && $0 != "\t" && $0 != "\r" }) || text.contains("\r") else {
            return text
        }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\n", "\t":
                result.append(scalar)
            case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
                result.append(scalar)
            default:
                if isUnsafe(scalar) {
                    result.append(contentsOf: replacement(for: scalar).unicodeScalars)
                } else {
                    result.append(scalar)
                }
            }
        }
        return String(result)
    }

    /// The graphemes of `sanitize(text)`, made as they are read: a caller that stops early never pays for the rest.
    public static func sanitizedCharacters(_ text: String) -> SanitizedCharacters {
        SanitizedCharacters(base: text.makeIterator())
    }

    /// The graphemes of a text with every control replaced, one at a time (`sanitizedCharacters`).
    public struct SanitizedCharacters: Sequence, IteratorProtocol {
        var base: String.Iterator
        /// The rest of one control grapheme's replacement ("\r\n" becomes two symbols).
        var pending: [Character] = []

        public mutating func next() -> Character? {
            if !pending.isEmpty { return pending.removeFirst() }
            guard let character = base.next() else { return nil }
            guard character.unicodeScalars.contains(where: SafeText.isUnsafe) else { return character }
            pending = Array(SafeText.sanitize(String(character)))
            return pending.isEmpty ? next() : pending.removeFirst()
        }
    }

    /// One grapheme made safe; a control becomes its first visible replacement.
    public static func sanitize(_ character: Character) -> Character {
        guard character.unicodeScalars.contains(where: isUnsafe) else { return character }
        return sanitize(String(character)).first ?? "�"
    }

    /// True for scalars a terminal might interpret instead of print, or that reorder what is shown around them:
    /// C0 and C1 controls, DEL, the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069)
    /// and the line and paragraph separators.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        guard v >= 0x61C else { return false }
        return v == 0x61C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029
    }

    private static func replacement(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: return " "
        case 0x0A, 0x2028, 0x2029: return "⏎"
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: return "␡"
        default: return "�"
        }
    }
}
