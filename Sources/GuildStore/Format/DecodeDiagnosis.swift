import Foundation
import GuildCore

/// Turns a `DecodingError` into a place and a plain reason: `field "level"` / "expected a number, found a string".
enum DecodeDiagnosis {
    /// The place and reason for `error` thrown while decoding `bytes`.
    static func explain(_ error: DecodingError, bytes: UnsafeRawBufferPointer) -> (place: String?, reason: String, kind: StoreProblem.Kind) {
        switch error {
        case .typeMismatch(let type, let context):
            return (place(context.codingPath), "expected \(describe(type)), found \(found(in: context.debugDescription))", .content)
        case .valueNotFound(let type, let context):
            return (place(context.codingPath), "expected \(describe(type)), found null", .content)
        case .keyNotFound(let key, let context):
            return (place(context.codingPath + [key]), "missing", .content)
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                if let (offset, message) = JSONSyntaxCheck.firstError(in: bytes) {
                    return (TextPosition(offset: offset, in: bytes).description, message, .syntax)
                }
                // Valid JSON the decoder still refused: on Linux that means a number that does not fit its field.
                return (nil, "a number does not fit its field (a fraction where a whole number belongs, or too large)", .content)
            }
            return (place(context.codingPath), plain(context.debugDescription), .content)
        @unknown default:
            return (nil, String(describing: error), .content)
        }
    }

    /// `field "ratings[0].level"`, or nil for the whole file.
    static func place(_ path: [any CodingKey]) -> String? {
        guard !path.isEmpty else { return nil }
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue == "Index \(index)" || key.stringValue == String(index) {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return "field \"\(text)\""
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is Substring.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Int8.Type, is Int16.Type, is Int32.Type, is Int64.Type,
             is UInt.Type, is UInt8.Type, is UInt16.Type, is UInt32.Type, is UInt64.Type: return "a whole number"
        case is Double.Type, is Float.Type, is Decimal.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return name
        }
    }

    /// "Expected to decode Int but found a string instead." → "a string".
    private static func found(in description: String) -> String {
        let lower = description.lowercased()
        guard let range = lower.range(of: "found ") else { return "something else" }
        let rest = lower[range.upperBound...]
        if rest.hasPrefix("null") { return "null" }
        if rest.contains("string") { return "a string" }
        if rest.contains("number") { return "a number" }
        if rest.contains("array") { return "a list" }
        if rest.contains("dictionary") || rest.contains("object") { return "an object" }
        if rest.contains("bool") { return "true or false" }
        return String(rest.replacingOccurrences(of: " instead.", with: ""))
    }

    /// Softens Foundation's wording for invalid values (UUIDs, enum raw values).
    private static func plain(_ description: String) -> String {
        if description.contains("UUID") { return "not a valid id (a UUID is expected)" }
        if description.hasPrefix("Cannot initialize"), let range = description.range(of: " value ") {
            return "\(description[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "."))) is not one of the allowed values"
        }
        var text = description
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
