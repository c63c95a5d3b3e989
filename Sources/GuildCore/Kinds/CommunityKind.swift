import Foundation

extension RecordKind {
    /// Community records, in the store's `communities/` folder.
    public static let community = RecordKind(folder: "communities")
}

/// The Community kind, declared once: its folder (above), noun, table, names, load cache coding and form.
extension Community {
    /// Everything the program knows about Community records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Community.self, noun: "community", table: \.communities,
        title: { community, _ in community.name },
        cache: cacheCoding, form: CommunityForm.form, writtenFirst: true
    )

    /// How the load cache writes and reads Community records.
    static let cacheCoding = RecordCacheCoding(Community.self, fields: ["Community": "id,name,domain,members,stage,objectives,createdAt,updatedAt",
                                 "Objective": "id,text,status"],
        samples: { [Community(id: RecordCacheCoding.sampleID, name: "", domain: "", createdAt: RecordCacheCoding.sampleDate), Objective(id: RecordCacheCoding.sampleID, text: "")] },
        encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: Community, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.name); w.string(r.domain)
        w.uuids(r.members)
        w.string(r.stage.rawValue)
        w.array(r.objectives) { w, objective in
            w.uuid(objective.id); w.string(objective.text); w.string(objective.status.rawValue)
        }
        w.date(r.createdAt); w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> Community {
        Community(id: try r.uuid(), name: try r.string(), domain: try r.string(), members: try r.uuids(),
                  stage: try r.raw(Community.Stage.self),
                  objectives: try r.array { (r: inout ByteReader) throws(CacheFormatError) in
                      Objective(id: try r.uuid(), text: try r.string(), status: try r.raw(Objective.Status.self))
                  },
                  createdAt: try r.date(), updatedAt: try r.date())
    }
}

/// The community form: name, domain, stage, members, and objectives one a line (`text [status]`).
public enum CommunityForm {
    static let stages = Community.Stage.allCases

    /// The fields, filled from `community`.
    static func fields(_ community: Community?, data: GuildData) -> [FieldSpec] {
        let objectives = (community?.objectives ?? []).map { $0.status == .open ? $0.text : "\($0.text) [\($0.status.rawValue)]" }
        return [
            FieldSpec("name", "Name", .text, text: community?.name ?? "", required: true),
            FieldSpec("domain", "Domain", .text, text: community?.domain ?? ""),
            FieldSpec("stage", "Stage", options: stages.map(\.rawValue), selected: stages.firstIndex(of: community?.stage ?? .initiation) ?? 0),
            FieldSpec("members", "Members", .people, text: PeopleText.many(community?.members ?? [], data: data)),
            FieldSpec("objectives", "Objectives", .multiline, text: objectives.joined(separator: "\n"), aliases: ["objective"]),
        ]
    }

    /// Objectives from lines like "Ship the guide [on-track]", keeping ids of objectives with the same text.
    /// A new objective on line `n` gets `newID(n)`.
    static func objectives(_ text: String, existing: [Objective], newID: (Int) -> UUID) throws(FieldError) -> [Objective] {
        var unused = existing
        var result: [Objective] = []
        for (position, line) in text.split(whereSeparator: \.isNewline).enumerated() {
            var body = line.trimmingCharacters(in: .whitespaces)
            guard !body.isEmpty else { continue }
            var status = Objective.Status.open
            if body.hasSuffix("]"), let open = body.lastIndex(of: "[") {
                let word = body[body.index(after: open)..<body.index(before: body.endIndex)].trimmingCharacters(in: .whitespaces).lowercased()
                guard let parsed = Objective.Status(rawValue: word) else {
                    let known = Objective.Status.allCases.map(\.rawValue).joined(separator: ", ")
                    throw FieldError(field: "objectives", "“[\(word)]” is not a status: use one of \(known)")
                }
                status = parsed
                body = body[..<open].trimmingCharacters(in: .whitespaces)
            }
            let id = unused.firstIndex { $0.text == body }.map { unused.remove(at: $0).id } ?? newID(position)
            result.append(Objective(id: id, text: body, status: status))
        }
        return result
    }

    /// The community the fields describe.
    static func build(_ reader: any FormInput, base: Community?) throws(FieldError) -> Community {
        var community = base ?? Community(id: reader.newID(), name: "", domain: "", createdAt: reader.now)
        community.name = try reader.text("name")
        community.domain = try reader.text("domain")
        community.stage = try reader.choice("stage", stages)
        community.members = try reader.ids("members")
        community.objectives = try objectives(reader.text("objectives"), existing: base?.objectives ?? [], newID: { reader.newID(slot: $0 + 1) })
        community.updatedAt = reader.now
        return community
    }
}

extension CommunityForm {
    /// How a form edits Community records (part of `Community.descriptor`).
    static let form = RecordForm(
        Community.self, paletteOrder: 6, fields: { community, data, _, _ in fields(community, data: data) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, _ in
            data.communities.values.sorted { $0.name < $1.name }.map { RecordRow(id: $0.id, title: $0.name, detail: $0.stage.rawValue) }
        }
    )
}
