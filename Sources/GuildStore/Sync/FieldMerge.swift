import Foundation

/// A three-way merge of two versions of a record file, field by field (STORE.md, "Git as the distributed engine").
///
/// For each top-level field: the same value on both sides stands; a field changed on one side only takes that
/// side's value; `updatedAt` takes the later time and `schema` the higher version. Lists merge element by element
/// (by `id` when their elements have one, else as sets: additions from both sides kept, removals from either side
/// applied), and nested objects merge recursively. A field changed differently on both sides is a conflict: it is
/// never decided silently, both values are kept for the user.
public enum FieldMerge {
    /// The fields that bookkeep rather than describe: merged by rule, never a conflict.
    static let laterTimeField = "updatedAt"
    static let schemaField = "schema"

    /// What a merge produced.
    public struct Outcome: Sendable, Equatable {
        /// The merge with this side's value wherever the sides conflict (equal to `theirs` when there is no conflict).
        public var ours: [String: JSONValue]
        /// The merge with the other side's value wherever the sides conflict.
        public var theirs: [String: JSONValue]
        /// The top-level fields changed differently on both sides, sorted.
        public var conflicts: [String]

        /// Whether the merge needs no decision.
        public var isClean: Bool { conflicts.isEmpty }
    }

    /// Merges `ours` and `theirs`, both descended from `base` (nil or empty when both sides created the file).
    public static func merge(base: [String: JSONValue]?, ours: [String: JSONValue], theirs: [String: JSONValue]) -> Outcome {
        let base = base ?? [:]
        var mergedOurs: [String: JSONValue] = [:]
        var mergedTheirs: [String: JSONValue] = [:]
        var conflicts: [String] = []
        for key in Set(base.keys).union(ours.keys).union(theirs.keys).sorted() {
            switch field(key, base: base[key], ours: ours[key], theirs: theirs[key]) {
            case .value(let value):
                mergedOurs[key] = value
                mergedTheirs[key] = value
            case .conflict:
                conflicts.append(key)
                mergedOurs[key] = ours[key]
                mergedTheirs[key] = theirs[key]
            }
        }
        return Outcome(ours: mergedOurs, theirs: mergedTheirs, conflicts: conflicts)
    }

    /// One field's merge: a value (nil = the field is absent), or a conflict.
    enum Merged: Equatable {
        case value(JSONValue?)
        case conflict
    }

    /// Merges one top-level field.
    static func field(_ key: String, base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) -> Merged {
        if ours == theirs { return .value(ours) }
        if ours == base { return .value(theirs) }
        if theirs == base { return .value(ours) }
        if key == laterTimeField, let ours, let theirs {
            return .value(later(ours, theirs))
        }
        if key == schemaField, case .integer(let left)? = ours, case .integer(let right)? = theirs {
            return .value(.integer(max(left, right)))
        }
        return value(base: base, ours: ours, theirs: theirs)
    }

    /// Merges two changed values below the top level: lists and objects element by element, anything else conflicts.
    static func value(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) -> Merged {
        if ours == theirs { return .value(ours) }
        if ours == base { return .value(theirs) }
        if theirs == base { return .value(ours) }
        switch (ours, theirs) {
        case (.array(let left)?, .array(let right)?):
            var original: [JSONValue] = []
            if case .array(let list)? = base { original = list }
            return list(base: original, ours: left, theirs: right).map { .value(.array($0)) } ?? .conflict
        case (.object(let left)?, .object(let right)?):
            let original = base?.objectValue ?? [:]
            var result: [String: JSONValue] = [:]
            for key in Set(original.keys).union(left.keys).union(right.keys) {
                guard case .value(let merged) = value(base: original[key], ours: left[key], theirs: right[key]) else { return .conflict }
                result[key] = merged
            }
            return .value(.object(result))
        default:
            return .conflict
        }
    }

    /// Merges two lists: by `id` when every element is an object with a string `id`, else as sets. Nil on a conflict.
    static func list(base: [JSONValue], ours: [JSONValue], theirs: [JSONValue]) -> [JSONValue]? {
        if let baseIDs = ids(base), let ourIDs = ids(ours), let theirIDs = ids(theirs) {
            return listByID(base: Dictionary(zip(baseIDs, base), uniquingKeysWith: { first, _ in first }),
                            baseOrder: baseIDs, ours: (ourIDs, ours), theirs: (theirIDs, theirs))
        }
        // Set semantics: keep ours except what theirs removed; add what theirs added.
        var result = ours.filter { !(base.contains($0) && !theirs.contains($0)) }
        for element in theirs where !base.contains(element) && !ours.contains(element) && !result.contains(element) {
            result.append(element)
        }
        return result
    }

    /// The `id` of every element, or nil when some element has none (or ids repeat).
    static func ids(_ list: [JSONValue]) -> [String]? {
        var result: [String] = []
        for element in list {
            guard let id = element.objectValue?["id"]?.stringValue else { return nil }
            result.append(id)
        }
        return Set(result).count == result.count ? result : nil
    }

    /// Merges lists of identified elements: each element three-way; the order of whichever side reordered.
    static func listByID(base: [String: JSONValue], baseOrder: [String], ours: ([String], [JSONValue]),
                         theirs: ([String], [JSONValue])) -> [JSONValue]? {
        let ourByID = Dictionary(uniqueKeysWithValues: zip(ours.0, ours.1))
        let theirByID = Dictionary(uniqueKeysWithValues: zip(theirs.0, theirs.1))
        // Keep our order unless only the other side reordered the elements both know.
        let common = Set(ours.0).intersection(theirs.0).intersection(baseOrder)
        let ourCommonOrder = ours.0.filter(common.contains)
        let skeleton = ourCommonOrder == baseOrder.filter(common.contains) ? theirs.0 : ours.0
        var order = skeleton
        for id in ours.0 + theirs.0 where !order.contains(id) { order.append(id) }
        var result: [JSONValue] = []
        for id in order {
            switch value(base: base[id], ours: ourByID[id], theirs: theirByID[id]) {
            case .conflict: return nil
            case .value(let element?): result.append(element)
            case .value(nil): continue
            }
        }
        return result
    }

    /// The later of two ISO-8601 times (the text comparison decides when one does not parse).
    static func later(_ left: JSONValue, _ right: JSONValue) -> JSONValue {
        guard let leftText = left.stringValue, let rightText = right.stringValue else { return left }
        if let leftDate = StoreDateFormat.date(from: leftText), let rightDate = StoreDateFormat.date(from: rightText) {
            return leftDate >= rightDate ? left : right
        }
        return leftText >= rightText ? left : right
    }
}
