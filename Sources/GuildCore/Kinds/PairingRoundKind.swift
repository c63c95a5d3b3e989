import Foundation

extension RecordKind {
    /// PairingRound records, in the store's `pairings/` folder.
    public static let pairingRound = RecordKind(folder: "pairings")
}

/// The PairingRound kind, declared once: its folder (above), noun, table, names, load cache coding.
extension PairingRound {
    /// Everything the program knows about PairingRound records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        PairingRound.self, noun: "pairing round", table: \.pairingRounds,
        title: { _, _ in "pairing round" },
        label: { round, _ in "pairing round of \(Day(round.drawnAt, in: Calendar(identifier: .gregorian)))" },
        cache: cacheCoding
    )

    /// How the load cache writes and reads PairingRound records.
    static let cacheCoding = RecordCacheCoding(PairingRound.self, fields: ["PairingRound": "id,drawnAt,seed,groups,feedback,updatedAt",
                                    "PairingGroup": "id,members,skillID,teacher,learner",
                                    "PairingFeedback": "id,groupID,author,text,shared,createdAt"],
        samples: {
            [PairingRound(id: RecordCacheCoding.sampleID, drawnAt: RecordCacheCoding.sampleDate, seed: 0, groups: []), PairingGroup(id: RecordCacheCoding.sampleID, members: []),
             PairingFeedback(id: RecordCacheCoding.sampleID, groupID: RecordCacheCoding.sampleID, text: "", createdAt: RecordCacheCoding.sampleDate)]
        }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: PairingRound, _ w: inout ByteWriter) {
        w.uuid(r.id); w.date(r.drawnAt); w.u64(r.seed)
        w.array(r.groups) { w, group in
            w.uuid(group.id); w.array(group.members) { $0.uuid($1) }
            w.optional(group.skillID) { $0.uuid($1) }
            w.optional(group.teacher) { $0.uuid($1) }
            w.optional(group.learner) { $0.uuid($1) }
        }
        w.array(r.feedback) { w, note in
            w.uuid(note.id); w.uuid(note.groupID)
            w.optional(note.author) { $0.uuid($1) }
            w.string(note.text); w.bool(note.shared); w.date(note.createdAt)
        }
        w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> PairingRound {
        let id = try r.uuid()
        let drawnAt = try r.date()
        let seed = try r.u64()
        let groups = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            PairingGroup(id: try r.uuid(), members: try r.uuids(), skillID: try r.optionalUUID(), teacher: try r.optionalUUID(),
                         learner: try r.optionalUUID())
        }
        let feedback = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            PairingFeedback(id: try r.uuid(), groupID: try r.uuid(), author: try r.optionalUUID(), text: try r.string(),
                            shared: try r.bool(), createdAt: try r.date())
        }
        return PairingRound(id: id, drawnAt: drawnAt, seed: seed, groups: groups, feedback: feedback, updatedAt: try r.date())
    }
}
