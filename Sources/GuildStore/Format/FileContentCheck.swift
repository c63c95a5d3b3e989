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
        if let offset = firstInvalidUTF8(in: bytes) {
            let byte = String(bytes[offset], radix: 16, uppercase: true)
            return (TextPosition(offset: offset, in: bytes).description, "not valid UTF-8 text (byte 0x\(byte.count == 1 ? "0" + byte : byte))", .damaged)
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

    /// The offset of the first byte that breaks UTF-8, or nil when the bytes are valid UTF-8.
    static func firstInvalidUTF8(in bytes: UnsafeRawBufferPointer) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }
}
