import Foundation
import TerminalGrid

/// JSON for scripts: sorted keys, ISO-8601 dates, pretty-printed; the data exact, and safe to show in a terminal.
///
/// `JSONEncoder` escapes C0 controls but passes C1 controls (U+0085, U+009B), bidi controls (U+202E) and the line
/// separators raw; every scalar `SafeText.isUnsafe` names is written as `\uXXXX` instead, which any JSON reader
/// decodes back to the same text.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return escapingUnsafeScalars(try encoder.encode(value))
    }

    /// `json` with every unsafe scalar from DEL up (only ever inside strings: JSON's own syntax is ASCII) as a `\uXXXX` escape.
    static func escapingUnsafeScalars(_ json: Data) -> Data {
        let text = String(decoding: json, as: UTF8.self)
        // C0 controls inside strings are escaped already; raw ones are the layout's own line ends.
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x7F && SafeText.isUnsafe(scalar) }
        guard text.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return Data(String(out).utf8)
    }
}
