/// Finds the first JSON syntax error and says where and what, since `JSONDecoder` only says "not valid JSON".
enum JSONSyntaxCheck {
    /// What the scanner expects next.
    private enum Expect { case value, valueOrClose, key, keyOrClose, colon, commaOrClose }

    /// The byte offset and message of the first syntax error; nil when `bytes` is one valid JSON value.
    static func firstError(in bytes: UnsafeRawBufferPointer) -> (offset: Int, message: String)? {
        var index = 0
        var stack: [UInt8] = []
        var expect = Expect.value
        let count = bytes.count

        func skipSpace() {
            while index < count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }
        func found(_ at: Int) -> String {
            let byte = bytes[at]
            if byte < 0x20 { return "a control character" }
            var end = at + 1
            while end < count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            return "'" + String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<end]), as: UTF8.self) + "'"
        }

        while true {
            skipSpace()
            if index == count {
                if stack.isEmpty, expect == .commaOrClose { return nil }
                return (index, "unexpected end of file" + (stack.isEmpty ? "" : " (a '\(stack.last == 0x7B ? "}" : "]")' is missing)"))
            }
            let byte = bytes[index]
            switch expect {
            case .value, .valueOrClose:
                if expect == .valueOrClose, byte == 0x5D {
                    stack.removeLast()
                    index += 1
                    expect = .commaOrClose
                    continue
                }
                switch byte {
                case 0x7B:
                    stack.append(byte)
                    index += 1
                    expect = .keyOrClose
                    continue
                case 0x5B:
                    stack.append(byte)
                    index += 1
                    expect = .valueOrClose
                    continue
                case 0x22:
                    if let error = string(bytes, &index) { return error }
                case 0x2D, 0x30...0x39:
                    if let error = number(bytes, &index) { return error }
                case 0x74, 0x66, 0x6E:
                    let literal: [UInt8] = byte == 0x74 ? Array("true".utf8) : byte == 0x66 ? Array("false".utf8) : Array("null".utf8)
                    guard index + literal.count <= count, literal.indices.allSatisfy({ bytes[index + $0] == literal[$0] }) else {
                        return (index, "expected a value, found \(found(index))")
                    }
                    index += literal.count
                default:
                    return (index, "expected a value, found \(found(index))")
                }
                expect = .commaOrClose
            case .key, .keyOrClose:
                if expect == .keyOrClose, byte == 0x7D {
                    stack.removeLast()
                    index += 1
                    expect = .commaOrClose
                    continue
                }
                guard byte == 0x22 else { return (index, "expected a field name in double quotes, found \(found(index))") }
                if let error = string(bytes, &index) { return error }
                expect = .colon
            case .colon:
                guard byte == 0x3A else { return (index, "expected ':' after the field name, found \(found(index))") }
                index += 1
                expect = .value
            case .commaOrClose:
                guard let top = stack.last else { return (index, "unexpected text after the end of the JSON value") }
                let close: UInt8 = top == 0x7B ? 0x7D : 0x5D
                if byte == 0x2C {
                    index += 1
                    expect = top == 0x7B ? .key : .value
                } else if byte == close {
                    stack.removeLast()
                    index += 1
                } else {
                    return (index, top == 0x7B ? "expected ',' or '}', found \(found(index))" : "expected ',' or ']', found \(found(index))")
                }
            }
        }
    }

    /// Scans a string starting at its opening quote.
    private static func string(_ bytes: UnsafeRawBufferPointer, _ index: inout Int) -> (offset: Int, message: String)? {
        let start = index
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x22:
                index += 1
                return nil
            case 0x5C:
                guard index + 1 < bytes.count else { break }
                let escaped = bytes[index + 1]
                if escaped == 0x75 {
                    guard index + 6 <= bytes.count, (2..<6).allSatisfy({ isHex(bytes[index + $0]) }) else {
                        return (index, "invalid \\u escape in a string (four hex digits expected)")
                    }
                    index += 6
                } else if [0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74].contains(escaped) {
                    index += 2
                } else {
                    return (index, "invalid escape in a string")
                }
                continue
            case 0x00..<0x20:
                if byte == 0x0A { return (start, "unterminated string (a line break before the closing quote)") }
                return (index, "a control character inside a string (write it as an escape such as \\n)")
            default:
                break
            }
            index += 1
        }
        return (start, "unterminated string")
    }

    /// Scans a number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    private static func number(_ bytes: UnsafeRawBufferPointer, _ index: inout Int) -> (offset: Int, message: String)? {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - from
        }
        if bytes[index] == 0x2D { index += 1 }
        guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { return (start, "invalid number") }
        if bytes[index] == 0x30 {
            index += 1
            if index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { return (start, "invalid number (leading zero)") }
        } else {
            _ = digits()
        }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            guard digits() > 0 else { return (start, "invalid number") }
        }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard digits() > 0 else { return (start, "invalid number") }
        }
        return nil
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
