import Foundation

extension RecordKind {
    /// ActionItem records, in the store's `actions/` folder.
    public static let action = RecordKind(folder: "actions")
}

/// The ActionItem kind, declared once: its folder (above), noun, table, names, load cache coding.
extension ActionItem {
    /// Everything the program knows about ActionItem records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        ActionItem.self, noun: "action item", table: \.actions,
        title: { item, _ in item.title },
        cache: cacheCoding
    )

    /// How the load cache writes and reads ActionItem records.
    static let cacheCoding = RecordCacheCoding(ActionItem.self, fields: ["ActionItem": "id,title,owner,due,status,sessionID,tag,createdAt,completedAt,updatedAt",
                                               "Day": "year,month,day"],
                     samples: { [ActionItem(id: RecordCacheCoding.sampleID, title: "", createdAt: RecordCacheCoding.sampleDate), Day(year: 2000, month: 1, day: 1)!] },
                     encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: ActionItem, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.title)
        w.optional(r.owner) { $0.uuid($1) }
        w.optional(r.due) { w, day in w.u32(UInt32(day.year)); w.u8(UInt8(day.month)); w.u8(UInt8(day.day)) }
        w.string(r.status.rawValue)
        w.optional(r.sessionID) { $0.uuid($1) }
        w.optional(r.tag) { $0.string($1) }
        w.date(r.createdAt)
        w.optional(r.completedAt) { $0.date($1) }
        w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> ActionItem {
        let id = try r.uuid()
        let title = try r.string()
        let owner = try r.optionalUUID()
        let due = try r.optional { (r: inout ByteReader) throws(CacheFormatError) -> Day in
            let (year, month, day) = (Int(try r.u32()), Int(try r.u8()), Int(try r.u8()))
            guard let value = Day(year: year, month: month, day: day) else { throw CacheFormatError("bad day") }
            return value
        }
        return ActionItem(id: id, title: title, owner: owner, due: due, status: try r.raw(ActionItem.Status.self),
                          sessionID: try r.optionalUUID(), tag: try r.optionalString(), createdAt: try r.date(),
                          completedAt: try r.optionalDate(), updatedAt: try r.date())
    }
}
