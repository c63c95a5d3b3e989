import Foundation

/// A record file holding git-style conflict markers: how Guild writes one, and how it reads both sides back.
///
/// Guild writes markers around the conflicting fields only, so the file stays readable and every value is kept:
///
///     {
///       "handle" : "zoe",
///     <<<<<<< this machine
///       "name" : "Zoë Ångström",
///     =======
///       "name" : "Zoe Angstrom",
///     >>>>>>> other machine
///       "updatedAt" : "2026-03-01T09:30:00Z"
///     }
///
/// An edit against a delete puts the whole kept record on one side and nothing on the other. Reading also accepts
/// plain git markers (with or without a `|||||||` base section) from merges made without Guild's driver.
public enum MergeConflictFile {
    /// The label after `<<<<<<<`.
    public static let oursLabel = "this machine"
    /// The label after `>>>>>>>`.
    public static let theirsLabel = "other machine"

    /// The two sides of a conflicted file, each as the bytes of a whole record file (nil for a side that deleted it).
    public struct Sides: Sendable, Equatable {
        public var ours: Data?
        public var theirs: Data?
    }

    /// A file with markers around each field in `conflicts`; a nil side stands for a deleted record.
    public static func render(ours: [String: JSONValue]?, theirs: [String: JSONValue]?, conflicts: [String],
                              oursLabel: String = oursLabel, theirsLabel: String = theirsLabel) -> Data {
        guard let ours, let theirs else {
            let kept = (ours ?? theirs).map { JSONValue.object($0).encoded() } ?? Data()
            var text = "<<<<<<< \(oursLabel)\(ours == nil ? " (deleted)" : "")\n"
            if ours != nil { text += String(decoding: kept, as: UTF8.self) }
            text += "=======\n"
            if theirs != nil { text += String(decoding: kept, as: UTF8.self) }
            text += ">>>>>>> \(theirsLabel)\(theirs == nil ? " (deleted)" : "")\n"
            return Data(text.utf8)
        }
        let keys = Set(ours.keys).union(theirs.keys).sorted()
        let conflicted = Set(conflicts)
        var lines = ["{"]
        for (index, key) in keys.enumerated() {
            let last = index == keys.count - 1
            if conflicted.contains(key) {
                lines.append("<<<<<<< \(oursLabel)")
                if let value = ours[key] { lines.append(entry(key, value, last: last)) }
                lines.append("=======")
                if let value = theirs[key] { lines.append(entry(key, value, last: last)) }
                lines.append(">>>>>>> \(theirsLabel)")
            } else if let value = ours[key] ?? theirs[key] {
                lines.append(entry(key, value, last: last))
            }
        }
        lines.append("}")
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// One member as Guild's pretty printer writes it inside the top-level object (indented, maybe several lines).
    static func entry(_ key: String, _ value: JSONValue, last: Bool) -> String {
        let text = String(decoding: JSONValue.object([key: value]).encoded(), as: UTF8.self)
        var inner = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Drop "{", "}" and the empty line after the trailing newline.
        while inner.last?.isEmpty == true { inner.removeLast() }
        inner = Array(inner.dropFirst().dropLast())
        return inner.joined(separator: "\n") + (last ? "" : ",")
    }

    /// Both sides of a file with conflict markers; nil when there are none or they do not pair up.
    public static func sides(of data: Data) -> Sides? {
        enum Part { case common, ours, base, theirs }
        var part = Part.common
        var ours: [Substring] = []
        var theirs: [Substring] = []
        var sawMarker = false
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<<<<<<<") {
                guard part == .common else { return nil }
                part = .ours
                sawMarker = true
            } else if line.hasPrefix("|||||||"), part == .ours {
                part = .base
            } else if line.hasPrefix("======="), part == .ours || part == .base {
                part = .theirs
            } else if line.hasPrefix(">>>>>>>") {
                guard part == .theirs else { return nil }
                part = .common
            } else {
                switch part {
                case .common:
                    ours.append(line)
                    theirs.append(line)
                case .ours:
                    ours.append(line)
                case .base:
                    continue
                case .theirs:
                    theirs.append(line)
                }
            }
        }
        guard sawMarker, part == .common else { return nil }
        return Sides(ours: side(ours), theirs: side(theirs))
    }

    /// The text of one side, nil when it is empty (deleted); a comma left before the closing brace is dropped.
    private static func side(_ lines: [Substring]) -> Data? {
        var text = lines.joined(separator: "\n")
        if text.allSatisfy(\.isWhitespace) { return nil }
        if let close = text.lastIndex(of: "}") {
            var index = close
            while index > text.startIndex {
                index = text.index(before: index)
                let character = text[index]
                if character == "," {
                    text.remove(at: index)
                    break
                }
                if !character.isWhitespace { break }
            }
        }
        if !text.hasSuffix("\n") { text += "\n" }
        return Data(text.utf8)
    }
}
