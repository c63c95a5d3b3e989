import Foundation

extension RecordKind {
    /// Solution records, in the store's `solutions/` folder.
    public static let solution = RecordKind(folder: "solutions")
}

/// The Solution kind, declared once: its folder (above), noun, table, names, load cache coding.
extension Solution {
    /// Everything the program knows about Solution records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Solution.self, noun: "solution", table: \.solutions,
        title: { solution, _ in solution.need },
        cache: cacheCoding
    )

    /// How the load cache writes and reads Solution records.
    static let cacheCoding = RecordCacheCoding(Solution.self, fields: ["Solution": "id,need,solution,approximateTime,risks,experts,skillIDs,updatedAt"],
                     samples: { [Solution(id: RecordCacheCoding.sampleID, need: "", solution: "", updatedAt: RecordCacheCoding.sampleDate)] }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: Solution, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.need); w.string(r.solution); w.string(r.approximateTime); w.string(r.risks)
        w.uuids(r.experts); w.uuids(r.skillIDs)
        w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> Solution {
        Solution(id: try r.uuid(), need: try r.string(), solution: try r.string(), approximateTime: try r.string(),
                 risks: try r.string(), experts: try r.uuids(), skillIDs: try r.uuids(), updatedAt: try r.date())
    }
}
