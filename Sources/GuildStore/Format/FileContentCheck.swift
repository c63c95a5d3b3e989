import GuildCore

/// Checks on raw bytes before any JSON parsing: empty, all NUL, git conflict markers, invalid UTF-8.
enum FileContentCheck {
    /// The first reason the bytes cannot be a record file, with its place; nil when they may be.
    static func problem(in bytes: UnsafeRawBufferPointer) -> (place: String?, reason: String, kind: StoreProblem.Kind)? {
        if bytes.isEmpty { return (nil, "the file is empty", .damaged) }
        if !bytes.contains(where: { $0 != 0 }) {
            return (nil, "the file holds only NUL bytes (damaged by a crash or a full disk)", .damaged)
        }
        if let (first, last) = conflictMarkers(in: bytes) {
            let lines = last > first ? "lines \(first)–\(last)" : "line \(first)"
            return ("line \(first)", "unresolved git merge conflict (\(lines))", .mergeConflict)
        }
        if let offset = UTF8Text.firstInvalidByte(in: bytes) {
            return (TextPosition(offset: offset, in: bytes).description, "not valid UTF-8 text (byte \(UTF8Text.hex(bytes[offset])))", .damaged)
        }
        if let nul = bytes.firstIndex(of: 0) {
            return (TextPosition(offset: nul, in: bytes).description, "a NUL byte inside the text (damaged file)", .damaged)
        }
        return nil
    }

    /// The first line starting with `<<<<<<<` and the last starting with `>>>>>>>` (1-based), if git left markers.
    static func conflictMarkers(in bytes: UnsafeRawBufferPointer) -> (Int, Int)? {
        var line = 1
        var first: Int?
        var last: Int?
        var atLineStart = true
        var index = 0
        while index < bytes.count {
            if atLineStart {
                if starts(with: 0x3C, at: index, in: bytes) {
                    if first == nil { first = line }
                    last = max(last ?? line, line)
                } else if starts(with: 0x3E, at: index, in: bytes) || starts(with: 0x3D, at: index, in: bytes) {
                    if first != nil { last = line }
                }
            }
            atLineStart = bytes[index] == 0x0A
            if atLineStart { line += 1 }
            index += 1
        }
        guard let first, let last else { return nil }
        return (first, last)
    }

    /// Whether seven copies of `marker` begin at `index` (`<<<<<<<`, `=======`, `>>>>>>>`).
    private static func starts(with marker: UInt8, at index: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard index + 7 <= bytes.count else { return false }
        for offset in 0..<7 where bytes[index + offset] != marker { return false }
        return true
    }
}
