import Foundation

/// The text rules of iCalendar (RFC 5545 §3.1, §3.3.11): escaping and unescaping TEXT values, folding and unfolding content lines.
public enum ICalendarText {
    /// The longest a content line may be, in octets, not counting the CRLF.
    public static let lineLimit = 75

    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control characters are dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Undoes `escape`: `\n` and `\N` become a newline, `\\`, `\;`, `\,` their character; an unknown escape keeps its character.
    public static func unescape(_ text: String) -> String {
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n", "N": out.append("\n")
                default: out.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        if escaping { out.append("\\") }
        return out
    }

    /// Folds one content line into lines of at most 75 octets (continuations start with a space), never splitting a character.
    public static func fold(_ line: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var octets = 0
        var limit = lineLimit
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                lines.append(current)
                current = " "
                octets = 1
                limit = lineLimit
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines
    }

    /// Splits a document into logical content lines, each with the 1-based number of the physical line it starts on.
    /// Accepts CRLF, LF or CR line ends; a line starting with a space or a tab continues the previous one.
    public static func unfold(_ text: String) -> [(number: Int, line: String)] {
        var result: [(number: Int, line: String)] = []
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var number = 0
        for physical in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if let first = physical.first, first == " " || first == "\t", !result.isEmpty {
                result[result.count - 1].line += physical.dropFirst()
            } else if !physical.isEmpty {
                result.append((number, String(physical)))
            }
        }
        // A byte-order mark at the very start is not part of the first property name.
        if let first = result.first, first.line.hasPrefix("\u{FEFF}") {
            result[0].line = String(first.line.dropFirst())
        }
        return result
    }

    /// Splits the bytes of a file into logical content lines, unfolding before decoding: a producer may fold a line
    /// inside a multi-byte UTF-8 character (RFC 5545 §3.1 counts octets), which only reads as text once joined. Each
    /// line has the 1-based number of the physical line it starts on, and whether it was valid UTF-8 (if not, the
    /// bad bytes read as U+FFFD). Accepts CRLF, LF or CR line ends and a leading byte-order mark.
    public static func unfold(bytes: Data) -> [(number: Int, line: String, isValidUTF8: Bool)] {
        var result: [(number: Int, line: String, isValidUTF8: Bool)] = []
        var logical: [UInt8] = []
        var logicalNumber = 0
        func finish() {
            guard !logical.isEmpty else { return }
            let text = String(data: Data(logical), encoding: .utf8)
            result.append((logicalNumber, text ?? String(decoding: logical, as: UTF8.self), text != nil))
            logical = []
        }
        let all = [UInt8](bytes)
        var start = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 0
        while start <= all.count {
            var end = start
            while end < all.count, all[end] != 0x0A, all[end] != 0x0D { end += 1 }
            number += 1
            let physical = all[start..<end]
            if let first = physical.first, first == 0x20 || first == 0x09, logicalNumber > 0 {
                logical += physical.dropFirst()
            } else if !physical.isEmpty {
                finish()
                logical = Array(physical)
                logicalNumber = number
            }
            guard end < all.count else { break }
            start = end + (all[end] == 0x0D && end + 1 < all.count && all[end + 1] == 0x0A ? 2 : 1)
        }
        finish()
        return result
    }

    /// Where a file stops being UTF-8 once its lines are unfolded ("line 2, column 12: not valid UTF-8 (byte 0xE9)",
    /// the place in the file as it is), or nil when it is UTF-8: a fold inside a multi-byte character is not an error.
    public static func utf8Problem(unfolding bytes: Data) -> String? {
        let all = [UInt8](bytes)
        // Each logical line's bytes and, for each, its offset in the file.
        var logical: [UInt8] = []
        var offsets: [Int] = []
        func firstInvalid() -> Int? {
            logical.withUnsafeBytes { UTF8Text.firstInvalidByte(in: $0) }.map { offsets[$0] }
        }
        var start = 0
        while start <= all.count {
            var end = start
            while end < all.count, all[end] != 0x0A, all[end] != 0x0D { end += 1 }
            if start < end, all[start] == 0x20 || all[start] == 0x09, !logical.isEmpty {
                logical += all[(start + 1)..<end]
                offsets += (start + 1)..<end
            } else if start < end {
                if let offset = firstInvalid() { return position(offset, in: all) }
                logical = Array(all[start..<end])
                offsets = Array(start..<end)
            }
            guard end < all.count else { break }
            start = end + (all[end] == 0x0D && end + 1 < all.count && all[end + 1] == 0x0A ? 2 : 1)
        }
        return firstInvalid().map { position($0, in: all) }
    }

    private static func position(_ offset: Int, in bytes: [UInt8]) -> String {
        let place = bytes.withUnsafeBytes { TextPosition(offset: offset, in: $0) }
        return "\(place): not valid UTF-8 (byte \(UTF8Text.hex(bytes[offset])))"
    }
}
