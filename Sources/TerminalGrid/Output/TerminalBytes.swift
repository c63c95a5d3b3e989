/// Bytes on their way to the terminal, with the few encodings the writer needs.
struct TerminalBytes {
    var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(4096)
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A non-negative number in decimal.
    mutating func appendNumber(_ value: Int) {
        if value >= 10 { appendNumber(value / 10) }
        bytes.append(UInt8(48 + value % 10))
    }

    /// How many bytes `appendNumber(value)` writes.
    @inline(__always) static func digits(_ value: Int) -> Int {
        value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : 5
    }

    /// `ESC [ n <final>`, leaving out n when it is 1 (the default of cursor motions).
    mutating func appendCSI(_ n: Int, _ final: UInt8) {
        append(0x1B)
        append(0x5B)
        if n != 1 { appendNumber(n) }
        append(final)
    }

    /// The length of `appendCSI(n, final)`.
    @inline(__always) static func csiLength(_ n: Int) -> Int {
        n == 1 ? 3 : 3 + digits(n)
    }
}
