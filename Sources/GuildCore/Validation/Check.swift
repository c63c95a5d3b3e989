import Foundation

/// Small reusable validation rules shared by the records.
enum Check {
    /// Refuses text that is empty or only white space (Unicode `White_Space`, as `.whitespacesAndNewlines`).
    static func notBlank(_ text: String, field: String) throws(ValidationError) {
        if isBlank(text) {
            throw ValidationError(field: field, "must not be empty")
        }
    }

    /// Whether `text` holds nothing but white space; usually decided by its first byte, without Foundation.
    static func isBlank(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09...0x0D, 0x20: continue
            case 0..<0x80: return false
            default: if !scalar.properties.isWhitespace { return false }
            }
        }
        return true
    }

    /// Handles are lowercase letters, digits, dot, dash and underscore, 1–32 long, starting with a letter or digit.
    static func handle(_ handle: String) throws(ValidationError) {
        guard Handle.isValid(handle) else {
            throw ValidationError(field: "handle", "\"\(handle)\" is not a handle: use 1–32 lowercase letters, digits, '.', '-' or '_'")
        }
    }
}

/// Rules for person handles ("zoe", "li.lei").
public enum Handle {
    /// Whether `text` is a well-formed handle.
    public static func isValid(_ text: String) -> Bool {
        guard (1...32).contains(text.unicodeScalars.count), let first = text.unicodeScalars.first else { return false }
        let allowed: (Unicode.Scalar) -> Bool = { s in
            ("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "." || s == "-" || s == "_"
        }
        return text.unicodeScalars.allSatisfy(allowed) && first != "." && first != "-" && first != "_"
    }

    /// Strips a leading "@" and lowercases, so "@Zoe" finds "zoe".
    public static func normalize(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("@") { t.removeFirst() }
        return t.lowercased()
    }
}
