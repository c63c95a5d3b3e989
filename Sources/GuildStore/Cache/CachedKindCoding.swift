import GuildCore

/// How the load cache writes and reads the records of one kind: the fields it writes per model type, a sample of each
/// model type (so reflection can compare the model's fields with the written ones), and the two coding functions.
///
/// One entry per cached kind in `CachedRecordCodec.codings`; a kind without one is read as JSON, never cached.
struct CachedKindCoding: Sendable {
    /// The kind coded.
    let kind: RecordKind
    /// "field,field" per model type name, in the order of the type's stored properties, as this coding writes them.
    let fields: [String: String]
    /// The model types the coding depends on: the record type, then the types nested in it.
    let samples: @Sendable () -> [Any]
    /// Appends a record; false when it is not of the kind's type.
    let encode: @Sendable (any Record, inout ByteWriter) -> Bool
    /// Reads one record.
    let decode: @Sendable (inout ByteReader) throws(CacheFormatError) -> any Record

    /// The coding of `type`'s records with its two functions.
    init<R: Record>(_ type: R.Type, fields: [String: String], samples: @escaping @Sendable () -> [Any],
                    encode: @escaping @Sendable (R, inout ByteWriter) -> Void,
                    decode: @escaping @Sendable (inout ByteReader) throws(CacheFormatError) -> R) {
        kind = R.kind
        self.fields = fields
        self.samples = samples
        self.encode = { record, w in
            guard let typed = record as? R else { return false }
            encode(typed, &w)
            return true
        }
        self.decode = { (r: inout ByteReader) throws(CacheFormatError) -> any Record in try decode(&r) }
    }
}
