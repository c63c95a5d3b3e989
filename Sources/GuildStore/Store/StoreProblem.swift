/// A file the store could not use, and why: its path in the store, the place inside it, and a plain reason.
public struct StoreProblem: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    /// What sort of trouble it is, so callers can react (a newer schema makes the store read-only).
    public enum Kind: Sendable, Equatable, Hashable {
        /// Not read at all: not a regular file, a symbolic link, too large, permission denied.
        case unreadable
        /// Empty, only NUL bytes, or not UTF-8.
        case damaged
        /// Git left conflict markers in it.
        case mergeConflict
        /// Not valid JSON.
        case syntax
        /// Valid JSON that does not fit the record: wrong types, missing fields, bad values.
        case content
        /// Written by a newer Guild; the store opens read-only.
        case newerSchema(Int)
        /// The record's own rules refuse it (`validate()`).
        case invalid
        /// The name or place of the file does not match the record (name ≠ id, wrong group folder, duplicate id).
        case misplaced
    }

    /// The file, relative to the store ("people/0b1c….json").
    public var path: String
    /// Where in the file: "line 3, column 14" or "field \"level\""; nil for the whole file.
    public var place: String?
    /// What is wrong, in plain words.
    public var reason: String
    public var kind: Kind

    public init(path: String, place: String? = nil, reason: String, kind: Kind) {
        self.path = path
        self.place = place
        self.reason = reason
        self.kind = kind
    }

    /// The same problem, reported for another path.
    func at(_ path: String) -> StoreProblem {
        var copy = self
        copy.path = path
        return copy
    }

    public var description: String {
        [path, place, reason].compactMap { $0 }.joined(separator: ": ")
    }
}
