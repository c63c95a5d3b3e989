import Foundation
import GuildCore

/// The community form: name, domain, stage, members, and objectives one a line (`text [status]`).
enum CommunityForm {
    static let stages = Community.Stage.allCases

    /// The fields, filled from `community`.
    static func fields(_ community: Community?, data: GuildData) -> [FormField] {
        let objectives = (community?.objectives ?? []).map { $0.status == .open ? $0.text : "\($0.text) [\($0.status.rawValue)]" }
        return [
            FormField("name", "Name", .text, text: community?.name ?? "", required: true),
            FormField("domain", "Domain", .text, text: community?.domain ?? ""),
            FormField("stage", "Stage", options: stages.map(\.rawValue), selected: stages.firstIndex(of: community?.stage ?? .initiation) ?? 0),
            FormField("members", "Members", .people, text: PeopleText.many(community?.members ?? [], data: data)),
            FormField("objectives", "Objectives", .multiline, text: objectives.joined(separator: "\n"), aliases: ["objective"]),
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
    static func build(_ reader: FormReader, base: Community?) throws(FieldError) -> Community {
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
    /// How the dashboard edits Community records (registered in `RecordEditor.all`).
    static let editor = RecordEditor(
        Community.self, fields: { community, data, _, _ in fields(community, data: data) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, _ in
            data.communities.values.sorted { $0.name < $1.name }.map { RecordPicker.Row(id: $0.id, title: $0.name, detail: $0.stage.rawValue) }
        }
    )
}
