/// A short excerpt of text a message complains about, so a 20 MB cell or a 40,000-character name never floods a
/// terminal: the start, then how much was left out.
public enum TextExcerpt {
    /// The longest excerpt a message quotes from what it complains about, in characters.
    public static let quoteLimit = 60
    /// The longest warning or error line the command line prints, in characters.
    public static let lineLimit = 400

    /// `text` when it has at most `limit` characters, else its first characters and "… (N characters)".
    public static func of(_ text: String, limit: Int = quoteLimit) -> String {
        // Every character takes at least one byte: counting characters is needed only for long texts.
        guard text.utf8.count > limit else { return text }
        var kept = 0
        var end = text.startIndex
        while end < text.endIndex, kept < limit {
            end = text.index(after: end)
            kept += 1
        }
        guard end < text.endIndex else { return text }
        return String(text[..<end]) + "… (\(grouped(text.count)) characters)"
    }

    /// "20,971,520": a count with thousands separated by commas, whatever the locale.
    public static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
