import Foundation

/// Small helpers for writing Markdown that stored text cannot break: one-line text, table cells, percentages, links.
public enum MarkdownText {
    /// Text on one line: newlines and tabs become spaces.
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// Text safe inside a table cell: one line, pipes escaped, "—" when empty.
    public static func cell(_ text: String) -> String {
        let line = oneLine(text).replacingOccurrences(of: "|", with: "\\|")
        return line.isEmpty ? "—" : line
    }

    /// Text safe as a link label: one line, square brackets escaped.
    public static func label(_ text: String) -> String {
        oneLine(text).replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
    }

    /// A link, with spaces in the target encoded so every renderer keeps it whole.
    public static func link(_ label: String, to target: String) -> String {
        "[\(self.label(label))](\(target.replacingOccurrences(of: " ", with: "%20")))"
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
