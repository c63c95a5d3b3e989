import Foundation
@_spi(Reflection) import Swift

/// How the load cache writes and reads the records of one kind in its compact binary form: the fields it writes per
/// model type, a sample of each model type (so reflection can compare the model's fields with the written ones), and
/// the two coding functions. Part of a kind's `RecordDescriptor`; a kind without one is read as JSON, never cached.
public struct RecordCacheCoding: Sendable {
    /// "field,field" per model type name, in the order of the type's stored properties, as this coding writes them.
    public let fields: [String: String]
    /// The model types the coding depends on: the record type, then the types nested in it.
    public let samples: @Sendable () -> [Any]
    /// Appends a record; false when it is not of the kind's type.
    public let encode: @Sendable (any Record, inout ByteWriter) -> Bool
    /// Reads one record.
    public let decode: @Sendable (inout ByteReader) throws(CacheFormatError) -> any Record

    /// The coding of `type`'s records with its two functions.
    public init<R: Record>(_ type: R.Type, fields: [String: String], samples: @escaping @Sendable () -> [Any],
                           encode: @escaping @Sendable (R, inout ByteWriter) -> Void,
                           decode: @escaping @Sendable (inout ByteReader) throws(CacheFormatError) -> R) {
        self.fields = fields
        self.samples = samples
        self.encode = { record, w in
            guard let typed = record as? R else { return false }
            encode(typed, &w)
            return true
        }
        self.decode = { (r: inout ByteReader) throws(CacheFormatError) -> any Record in try decode(&r) }
    }

    /// The id the `samples` of GuildCore's kinds use.
    public static let sampleID = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
    /// The date the `samples` of GuildCore's kinds use.
    public static let sampleDate = Date(timeIntervalSinceReferenceDate: 0)

    /// "Type:field,field" for each model type, as the model has them now.
    ///
    /// The stored properties are read from the type's field records (`_forEachField`), as `Mirror` lists them for a
    /// struct, without `Mirror`'s conformance lookups: the first lookup of each type scans every conformance record in
    /// the binary, and every start of the dashboard asks this of 33 types (README › Performance).
    public func modelFields() -> [String] {
        samples().map { sample in
            let type = Swift.type(of: sample)
            var names: [String] = []
            let listed = _forEachField(of: type) { name, _, _, _ in
                names.append(String(cString: name))
                return true
            }
            if !listed {
                // Not a struct or class (an enum, say): what Mirror sees of this value.
                names = Mirror(reflecting: sample).children.map { $0.label ?? "?" }
            }
            return _typeName(type, qualified: false) + ":" + names.joined(separator: ",")
        }
    }

    /// "Type:field,field" for each model type, as this coding writes them.
    public func codedFields() -> [String] {
        samples().map { sample in
            let name = _typeName(type(of: sample), qualified: false)
            return name + ":" + (fields[name] ?? "")
        }
    }

    /// Whether the coding writes every stored property of every model type involved (else the kind is not cached).
    public var isCurrent: Bool { modelFields() == codedFields() }
}
