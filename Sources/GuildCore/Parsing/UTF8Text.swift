import Foundation

/// Bytes people hand Guild (files to import, command-line arguments) as text: UTF-8 or refused with the place it
/// stops being UTF-8, never repaired with U+FFFD behind their back.
public enum UTF8Text {
    /// The offset of the first byte that breaks UTF-8 (overlong forms, surrogates and values past U+10FFFF
    /// included), or nil when the bytes are valid UTF-8.
    public static func firstInvalidByte(in bytes: UnsafeRawBufferPointer) -> Int? {
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

    /// Where `bytes` stop being UTF-8: "line 3, column 14: not valid UTF-8 (byte 0xFF)"; nil when they are UTF-8.
    public static func problem(in bytes: UnsafeRawBufferPointer) -> String? {
        guard let offset = firstInvalidByte(in: bytes) else { return nil }
        return "\(TextPosition(offset: offset, in: bytes)): not valid UTF-8 (byte \(hex(bytes[offset])))"
    }

    /// The text of `bytes`, or a failure naming the line and column where they stop being UTF-8.
    public static func decode(_ bytes: Data) -> Result<String, UTF8TextError> {
        let found: String? = bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in UTF8Text.problem(in: raw) }
        if let found { return .failure(UTF8TextError(description: found)) }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// "0xFF".
    public static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}

/// Text that is not UTF-8, with the place: "line 3, column 14: not valid UTF-8 (byte 0xFF)".
public struct UTF8TextError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
}
