import Foundation

/// Writing Markdown that stored text cannot break: every text a person wrote (names, titles, notes, objectives)
/// lands as literal text, whatever it holds.
///
/// `text(_:)` puts it on one line and backslash-escapes what CommonMark and GitHub Flavored Markdown would act on:
/// raw HTML and entities (`<`, `>`, `&`), emphasis and strikethrough (`*`, `_`, `~`), code (`` ` ``), links and
/// images (`[`, `]`, `!`), table cells (`|`), headings (`#`), and what autolinks (`http:`, `www.`, `evil.com`,
/// `a@b.org`) need (`:` before a non-space, `.` inside a word, `@`), plus a list or quote marker at its start.
/// Terminal controls are not its business: documents are sanitised where they are written (GuildCLI's `Terminal`).
public enum MarkdownText {
    /// Text on one line: newlines and tabs become spaces. Not escaped: for slugs and anchors, never for output.
    public static func oneLine(_ text: String) -> String {
        // Most texts are one line already: `trimmingCharacters` goes through NSString (a tenth of `export site`).
        isOneTrimmedLine(text) ? text : oneLineSlowly(text)
    }

    /// `oneLine` done the long way: split at line breaks and tabs, joined by spaces, white space trimmed at both ends.
    static func oneLineSlowly(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// Whether `oneLine` leaves `text` as it is: no line break or tab in it, no white space (`CharacterSet.whitespaces`)
    /// at either end.
    static func isOneTrimmedLine(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return true }
        if isWhitespace(first) || isWhitespace(last) { return false }
        return !scalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }
    }

    /// Whether `scalar` is in `CharacterSet.whitespaces` (what `trimmingCharacters(in: .whitespaces)` trims).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        whitespaces.contains(scalar)
    }

    private static let whitespaces = CharacterSet.whitespaces

    /// What a person wrote, as literal Markdown text on one line ("Bob | *x*" → "Bob \\| \\*x\\*").
    public static func text(_ text: String) -> String {
        escape(oneLine(text))
    }

    /// Several lines a person wrote (a session's details), each escaped as `text` and kept as a line of its own.
    public static func lines(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { line in
            let line = String(line)
            return escape(isOneTrimmedLine(line) ? line : line.trimmingCharacters(in: .whitespaces))
        }
            .filter { !$0.isEmpty }.joined(separator: "\\\n")
    }

    /// Text safe inside a table cell: escaped as `text` (pipes included), "—" when empty.
    public static func cell(_ text: String) -> String {
        let line = self.text(text)
        return line.isEmpty ? "—" : line
    }

    /// Text safe as a link label: escaped as `text`.
    public static func label(_ text: String) -> String {
        self.text(text)
    }

    /// A link to one of Guild's own files; the label is escaped and the target encoded (`target`).
    public static func link(_ label: String, to target: String) -> String {
        "[\(self.label(label))](\(self.target(target)))"
    }

    /// A link to an address someone stored (a session's recording or slides): only an http or https address that
    /// `SessionLink.check` accepts becomes a link, its target encoded (`target`); anything else is written as literal
    /// text. The label is escaped as `text`.
    public static func externalLink(_ label: String, to url: String) -> String {
        guard (try? SessionLink.check(url: url)) != nil else { return self.text(label) + " (" + self.text(url) + ")" }
        return "[\(self.label(label))](\(target(url)))"
    }

    /// A link target with what would end it, open an autolink or break a table cell percent-encoded: spaces,
    /// parentheses, angle brackets, quotes, backslashes, backticks and pipes.
    static func target(_ target: String) -> String {
        var encoded = ""
        for character in target {
            switch character {
            case " ": encoded += "%20"
            case "(": encoded += "%28"
            case ")": encoded += "%29"
            case "<": encoded += "%3C"
            case ">": encoded += "%3E"
            case "\"": encoded += "%22"
            case "\\": encoded += "%5C"
            case "`": encoded += "%60"
            case "|": encoded += "%7C"
            default: encoded.append(character)
            }
        }
        return encoded
    }

    /// A Markdown document someone else wrote (stored minutes): raw HTML cannot pass, every `<` not already escaped is.
    public static func withoutRawHTML(_ document: String) -> String {
        guard document.contains("<") else { return document }
        var out = ""
        var escaped = false
        for character in document {
            if character == "<" && !escaped { out.append("\\") }
            escaped = character == "\\" && !escaped
            out.append(character)
        }
        return out
    }

    /// Backslash-escapes what Markdown would act on in a line of literal text (linear in its length).
    static func escape(_ line: String) -> String {
        if let ascii = escapeASCII(line) { return ascii }
        return escapeByCharacter(line)
    }

    /// `escape` of a plain ASCII line, byte by byte (nil for any other line): each byte is then a character, a letter
    /// exactly when it is A–Z or a–z, a digit 0–9 and whitespace a tab, a line or page break, a carriage return or a
    /// space, so the bytes give what the characters give (`MarkdownEscapeTests` compares both).
    static func escapeASCII(_ line: String) -> String? {
        var line = line
        return line.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func isAlphanumeric(_ byte: UInt8) -> Bool {
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var onlyDigitsBefore = true
            for index in bytes.indices {
                let byte = bytes[index]
                let previous: UInt8? = index > 0 ? bytes[index - 1] : nil
                let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                let escapes: Bool
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                     UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "#"),
                     UInt8(ascii: "!"), UInt8(ascii: "@"), UInt8(ascii: "$"):
                    escapes = true
                case UInt8(ascii: ":"):
                    escapes = next.map { !((0x09...0x0D).contains($0) || $0 == 0x20) } ?? false
                case UInt8(ascii: "."):
                    escapes = (previous != nil && onlyDigitsBefore)
                        || ((previous.map(isAlphanumeric) ?? false) && (next.map(isAlphanumeric) ?? false))
                case UInt8(ascii: ")"):
                    escapes = previous != nil && onlyDigitsBefore
                case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
                    escapes = previous == nil
                default:
                    escapes = false
                }
                if escapes { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
                onlyDigitsBefore = onlyDigitsBefore && (0x30...0x39).contains(byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `escape` character by character (any line).
    static func escapeByCharacter(_ line: String) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        var previous: Character?
        var onlyDigitsBefore = true
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let nextIndex = line.index(after: index)
            let next = nextIndex < line.endIndex ? line[nextIndex] : nil
            let escapes: Bool
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "!", "@", "$":
                escapes = true
            case ":":
                // "http://", "mailto:x": a colon right before text starts a scheme; "Q4: plan" stays as it is.
                escapes = next.map { !$0.isWhitespace } ?? false
            case ".":
                // "evil.com", "2.0": a dot inside a word could make a domain; "1." at the start an ordered list; "Å." stays.
                escapes = (previous != nil && onlyDigitsBefore)
                    || ((previous.map { $0.isLetter || $0.isNumber } ?? false) && (next.map { $0.isLetter || $0.isNumber } ?? false))
            case ")":
                // "1) item" at the start is an ordered list too.
                escapes = previous != nil && onlyDigitsBefore
            case "-", "+", "=":
                // A list marker or a setext underline only at the start.
                escapes = previous == nil
            default:
                escapes = false
            }
            if escapes { out.append("\\") }
            out.append(character)
            onlyDigitsBefore = onlyDigitsBefore && character.isNumber
            previous = character
            index = nextIndex
        }
        return out
    }

    /// "64 %" from 0.64.
    public static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded())) %"
    }

    /// "4.2" with one decimal, independent of the locale.
    public static func decimal(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// "2026-11-20" in `calendar`'s zone.
    public static func day(_ date: Date, calendar: Calendar) -> String {
        Day(date, in: calendar).description
    }

    /// "2026-11-20 15:00" in `calendar`'s zone.
    public static func dateTime(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    /// A GitHub-style heading anchor: lower case, punctuation dropped, spaces as hyphens ("Kubernetes & CI" → "kubernetes--ci").
    public static func anchor(_ heading: String) -> String {
        var result = ""
        for character in oneLine(heading).lowercased() {
            if character == " " { result.append("-") }
            else if character.isLetter || character.isNumber || character == "-" || character == "_" { result.append(character) }
        }
        return result
    }

    /// "a, b and c".
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return "—"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// "1 session" / "3 sessions".
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }
}
