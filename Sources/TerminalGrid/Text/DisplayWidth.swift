/// Columns a terminal gives to text, matching glibc's `wcwidth` on Debian 12 (the one ncurses and tmux use).
public enum DisplayWidth {
    // Wide (East Asian W/F) ranges that are not emoji. Emoji come from the Unicode
    // `Emoji_Presentation` property, which with this table reproduces glibc 2.36 exactly
    // for every assigned scalar (checked over the whole code space when the table was made).
    // Gaps of unassigned code points were merged so the table stays short.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x3029, 0x302E...0x303E, 0x3041...0x3096,
        0x309B...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAD9, 0xFE10...0xFE19,
        0xFE30...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE3, 0x16FF0...0x1B2FB,
        0x1F200...0x1F265, 0x20000...0x3134A,
    ]

    // Format characters glibc draws one column wide (number signs and the soft hyphen).
    private static let visibleFormat: [ClosedRange<UInt32>] = [
        0x00AD...0x00AD, 0x0600...0x0605, 0x06DD...0x06DD, 0x070F...0x070F, 0x0890...0x0891,
        0x08E2...0x08E2, 0x110BD...0x110BD, 0x110CD...0x110CD,
    ]

    // Hangul medial vowels and final consonants join the syllable before them.
    private static let joiningJamo: [ClosedRange<UInt32>] = [0x1160...0x11FF, 0xD7B0...0xD7FF, 0x1171E...0x1171E]

    private static let regionalIndicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF

    /// Width of one scalar: 0 (combining, zero-width), 1, or 2; control characters count 1 because `SafeText` shows each as one symbol.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        if contains(joiningJamo, v) { return 0 }
        if contains(wide, v) { return 2 }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return 0
        case .format:
            return contains(visibleFormat, v) ? 1 : 0
        default:
            break
        }
        if properties.isEmojiPresentation && !regionalIndicators.contains(v) { return 2 }
        return 1
    }

    /// Width of one grapheme: its first scalar's width, widened to 2 by VS16 (U+FE0F) or a flag pair.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) {
            // A control grapheme such as CR LF becomes one symbol per scalar once sanitized.
            return scalars.count
        }
        let base = of(first)
        if base == 1 {
            if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
            if regionalIndicators.contains(first.value), scalars.count > 1 { return 2 }
        }
        return base
    }

    /// Width of a string: the sum of its graphemes' widths.
    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Whether `text` takes at most `width` columns; measures no further than that.
    public static func fits(_ text: String, in width: Int) -> Bool {
        var total = 0
        for character in text {
            total += of(character)
            if total > width { return false }
        }
        return true
    }

    /// Width of a substring.
    public static func of(_ text: Substring) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// `text` cut to `width` columns with `ellipsis` when too long; never splits a wide glyph (same as `TextLayout.truncate`).
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        TextLayout.truncate(text, toWidth: width, ellipsis: ellipsis)
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if value < ranges[mid].lowerBound {
                high = mid - 1
            } else if value > ranges[mid].upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
