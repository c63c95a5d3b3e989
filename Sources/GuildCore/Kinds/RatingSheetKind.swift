import Foundation

extension RecordKind {
    /// RatingSheet records, in the store's `ratings/` folder.
    public static let ratingSheet = RecordKind(folder: "ratings")
}

/// The RatingSheet kind, declared once: its folder (above), noun, table, names, load cache coding.
extension RatingSheet {
    /// Everything the program knows about RatingSheet records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        RatingSheet.self, noun: "rating", table: \.ratingSheets,
        title: { sheet, data in data.people[sheet.personID].map { "ratings of \($0.name)" } },
        label: { sheet, data in "\(data.people[sheet.id]?.name ?? "someone")'s ratings" },
        cache: cacheCoding, writtenFirst: true
    )

    /// How the load cache writes and reads RatingSheet records.
    static let cacheCoding = RecordCacheCoding(RatingSheet.self, fields: ["RatingSheet": "id,ratings,updatedAt",
                                   "SkillRating": "skillID,level,wantsToLearn,happyToTeach,ratedAt"],
        samples: { [RatingSheet(personID: RecordCacheCoding.sampleID, updatedAt: RecordCacheCoding.sampleDate), SkillRating(skillID: RecordCacheCoding.sampleID, level: .none, ratedAt: RecordCacheCoding.sampleDate)] },
        encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: RatingSheet, _ w: inout ByteWriter) {
        w.uuid(r.id)
        w.array(r.ratings) { w, rating in
            w.uuid(rating.skillID); w.u8(UInt8(rating.level.rawValue)); w.bool(rating.wantsToLearn)
            w.bool(rating.happyToTeach); w.date(rating.ratedAt)
        }
        w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> RatingSheet {
        let id = try r.uuid()
        let ratings = try r.array { (r: inout ByteReader) throws(CacheFormatError) -> SkillRating in
            let skill = try r.uuid()
            let raw = try r.u8()
            guard let level = SkillLevel(rawValue: Int(raw)) else { throw CacheFormatError("bad level \(raw)") }
            return SkillRating(skillID: skill, level: level, wantsToLearn: try r.bool(), happyToTeach: try r.bool(), ratedAt: try r.date())
        }
        return RatingSheet(personID: id, ratings: ratings, updatedAt: try r.date())
    }
}
