/// Makes untrusted text safe to show: no character that a terminal would act on survives.
public enum SafeText {
    /// `text` with every control replaced by a visible symbol: C0 by its control picture (ESC → ␛, LF → ⏎, TAB → space), DEL → ␡, C1 and bidi overrides → �.
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

    /// One grapheme made safe; a control becomes its first visible replacement.
    public static func sanitize(_ character: Character) -> Character {
        guard character.unicodeScalars.contains(where: isUnsafe) else { return character }
        return sanitize(String(character)).first ?? "�"
    }

    /// True for scalars a terminal might interpret instead of print.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
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
