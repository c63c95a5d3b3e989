import Foundation

/// A record file holding git-style conflict markers: how Guild writes one, and how it reads every version back.
///
/// Guild writes markers around the conflicting fields only, one section per distinct value, so the file stays
/// readable and no value is ever dropped (three machines that typed three titles leave three sections):
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
/// An edit against a delete puts each whole version in a section, an empty section standing for the deletion.
/// Reading also accepts plain git markers (with or without a `|||||||` base section) when they fall on whole fields.
public enum MergeConflictFile {
    /// The label after `<<<<<<<`.
    public static let oursLabel = "this machine"
    /// The label after `>>>>>>>`.
    public static let theirsLabel = "other machine"

    /// What a conflicted file holds.
    public enum Content: Sendable, Equatable {
        /// One record whose listed fields have several candidate values (nil: the field is absent in that version).
        case fields(common: [String: JSONValue], alternatives: [String: [JSONValue?]])
        /// Whole versions of the record; nil stands for a version that deleted it.
        case versions([[String: JSONValue]?])
    }

    /// A file with one marked section per candidate value of each conflicting field.
    public static func render(common: [String: JSONValue], alternatives: [String: [JSONValue?]]) -> Data {
        let keys = Set(common.keys).union(alternatives.keys).sorted()
        var lines = ["{"]
        for (index, key) in keys.enumerated() {
            let last = index == keys.count - 1
            if let options = alternatives[key] {
                for (number, option) in options.enumerated() {
                    lines.append(number == 0 ? "<<<<<<< \(oursLabel)" : "=======")
                    if let option { lines.append(entry(key, option, last: last)) }
                }
                lines.append(">>>>>>> \(theirsLabel)")
            } else if let value = common[key] {
                lines.append(entry(key, value, last: last))
            }
        }
        lines.append("}")
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// A file with each whole version in a section (nil: a version that deleted the record). A version listed in
    /// `notMerged` (by index, with why) could not be read or merged: its section stays empty and its marker line
    /// says why and where the version is kept (git), so no one mistakes it for a deletion.
    public static func render(versions: [[String: JSONValue]?], notMerged: [Int: String] = [:]) -> Data {
        var text = ""
        for (number, version) in versions.enumerated() {
            let note = notMerged[number].map { " (\(notMergedMarker) \(oneLine($0)))" } ?? (version == nil ? " (deleted)" : "")
            text += number == 0 ? "<<<<<<< \(oursLabel)\(note)\n" : "=======\(note)\n"
            if let version, notMerged[number] == nil { text += String(decoding: JSONValue.object(version).encoded(), as: UTF8.self) }
        }
        text += ">>>>>>> \(theirsLabel)\n"
        return Data(text.utf8)
    }

    /// The words on a marker line that say a version was not merged.
    public static let notMergedMarker = "not merged:"

    /// The versions (by section index) a whole-versions file marks as not merged, with why.
    public static func notMergedVersions(_ data: Data) -> [Int: String] {
        var result: [Int: String] = [:]
        var section = -1
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<<<<<<<") { section = 0 } else if line.hasPrefix("======="), section >= 0 { section += 1 } else { continue }
            guard let start = line.range(of: "(" + notMergedMarker + " "), line.hasSuffix(")") else { continue }
            result[section] = String(line[start.upperBound..<line.index(before: line.endIndex)])
        }
        return result
    }

    /// `text` on one line (a reason on a marker line).
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// Two versions of a record (either may be a deletion) as a conflicted file, only the differing fields marked.
    public static func render(ours: [String: JSONValue]?, theirs: [String: JSONValue]?, conflicts: [String]) -> Data {
        guard let ours, let theirs else { return render(versions: [ours, theirs]) }
        var common = ours
        var alternatives: [String: [JSONValue?]] = [:]
        for key in conflicts {
            common[key] = nil
            alternatives[key] = [ours[key], theirs[key]]
        }
        return render(common: common, alternatives: alternatives)
    }

    /// One member as Guild's pretty printer writes it inside the top-level object (indented, maybe several lines).
    static func entry(_ key: String, _ value: JSONValue, last: Bool) -> String {
        let text = String(decoding: JSONValue.object([key: value]).encoded(), as: UTF8.self)
        var inner = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while inner.last?.isEmpty == true { inner.removeLast() }
        inner = Array(inner.dropFirst().dropLast())
        return inner.joined(separator: "\n") + (last ? "" : ",")
    }

    /// What a file with conflict markers holds; nil when it has none, they do not pair up, or a section is not
    /// whole fields (or a whole record).
    public static func parse(_ data: Data) -> Content? {
        enum Part { case common, section, base }
        var part = Part.common
        var common: [Substring] = []
        var blocks: [[[Substring]]] = []
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<<<<<<<") {
                guard part == .common else { return nil }
                part = .section
                blocks.append([[]])
            } else if line.hasPrefix("|||||||"), part == .section {
                part = .base
            } else if line.hasPrefix("======="), part != .common {
                part = .section
                blocks[blocks.count - 1].append([])
            } else if line.hasPrefix(">>>>>>>") {
                guard part == .section else { return nil }
                part = .common
            } else {
                switch part {
                case .common: common.append(line)
                case .section: blocks[blocks.count - 1][blocks[blocks.count - 1].count - 1].append(line)
                case .base: continue
                }
            }
        }
        guard !blocks.isEmpty, part == .common else { return nil }
        let commonText = common.joined(separator: "\n")
        if commonText.allSatisfy(\.isWhitespace) {
            // Whole versions: every section is a record or empty.
            guard blocks.count == 1 else { return nil }
            var versions: [[String: JSONValue]?] = []
            for section in blocks[0] {
                let text = section.joined(separator: "\n")
                if text.allSatisfy(\.isWhitespace) { versions.append(nil); continue }
                guard let object = JSONValue.parse(Data(text.utf8))?.objectValue else { return nil }
                versions.append(object)
            }
            return .versions(versions)
        }
        guard let commonObject = object(fromMembers: commonText, braced: true) else { return nil }
        var alternatives: [String: [JSONValue?]] = [:]
        for block in blocks {
            var sections: [[String: JSONValue]] = []
            for section in block {
                guard let members = object(fromMembers: section.joined(separator: "\n"), braced: false) else { return nil }
                sections.append(members)
            }
            for key in Set(sections.flatMap(\.keys)) {
                var options: [JSONValue?] = []
                for section in sections where !options.contains(section[key]) { options.append(section[key]) }
                alternatives[key] = options
            }
        }
        for key in alternatives.keys { guard commonObject[key] == nil else { return nil } }
        return .fields(common: commonObject, alternatives: alternatives)
    }

    /// Parses object members (`"a" : 1,`), with or without the surrounding braces; a comma before the end is allowed.
    static func object(fromMembers text: String, braced: Bool) -> [String: JSONValue]? {
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if braced {
            guard body.hasPrefix("{"), body.hasSuffix("}") else { return nil }
            body = String(body.dropFirst().dropLast()).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if body.hasSuffix(",") { body.removeLast() }
        if body.hasPrefix(",") { body.removeFirst() }
        if body.isEmpty { return [:] }
        return JSONValue.parse(Data(("{" + body + "}").utf8))?.objectValue
    }
}
