import Foundation
import GuildCore

/// Fuzzy completion for person and skill fields: candidates, suggestions for the name being typed, and resolution of what was typed.
enum Completion {
    /// Something a field can name: the text written into the field, the label shown, and the record's id.
    struct Candidate: Sendable, Equatable {
        let text: String
        let label: String
        let id: UUID
    }

    /// Every person (as `@handle`) or skill (by name) a field of `kind` can name, in name order.
    static func candidates(for kind: FormField.Kind, data: GuildData) -> [Candidate] {
        switch kind {
        case .person, .people:
            // Plain string order: cheap enough to redo per key with thousands of people.
            return data.people.values.sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }.map {
                Candidate(text: "@" + $0.handle, label: "\($0.name) @\($0.handle)", id: $0.id)
            }
        case .skills:
            return data.skills.values.sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }.map {
                Candidate(text: $0.name, label: $0.category.isEmpty ? $0.name : "\($0.name) · \($0.category)", id: $0.id)
            }
        default:
            return []
        }
    }

    /// The names typed in a field, split at commas (one for a single-person field).
    static func tokens(_ text: String, kind: FormField.Kind) -> [String] {
        let parts = kind == .person ? [Substring(text)] : text.split(separator: ",", omittingEmptySubsequences: false)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The record a typed name means exactly: a handle (with or without @) or a full name for people, a name for skills.
    static func resolve(_ token: String, kind: FormField.Kind, data: GuildData) -> UUID? {
        let folded = TextMatch.fold(token.trimmingCharacters(in: .whitespaces))
        guard !folded.isEmpty else { return nil }
        switch kind {
        case .person, .people:
            if let person = data.person(handle: token), Handle.isValid(Handle.normalize(token)) { return person.id }
            return data.people.values.first { TextMatch.fold($0.name) == folded }?.id
        case .skills:
            return data.skill(named: token)?.id
        default:
            return nil
        }
    }

    /// Suggestions for the last name typed in `field`, best first; empty when it is blank or already names someone exactly.
    static func suggestions(for field: FormField, data: GuildData, limit: Int = 5) -> [Candidate] {
        guard field.isPicker, let last = tokens(field.value, kind: field.kind).last, !last.isEmpty,
              resolve(last, kind: field.kind, data: data) == nil else { return [] }
        let all = candidates(for: field.kind, data: data)
        return FuzzyMatch.rank(last, all.map(\.label)).prefix(limit).map { all[$0] }
    }

    /// The field with its last name replaced by the highlighted suggestion, when that name does not resolve yet.
    static func completed(_ field: FormField, data: GuildData) -> FormField {
        let found = suggestions(for: field, data: data)
        guard !found.isEmpty else { return field }
        let pick = found[min(max(0, field.suggestion), found.count - 1)]
        var parts = tokens(field.value, kind: field.kind)
        parts[parts.count - 1] = pick.text
        var updated = field
        updated.setValue(parts.joined(separator: ", "))
        return updated
    }

    /// The records every name in the field means; throws naming the first unknown one (and `completeKey`, the key that
    /// completes a name).
    static func resolveAll(_ field: FormField, data: GuildData, completeKey: String) throws(FieldError) -> [UUID] {
        var ids: [UUID] = []
        for token in tokens(field.value, kind: field.kind) where !token.isEmpty {
            guard let id = resolve(token, kind: field.kind, data: data) else {
                let what = field.kind == .skills ? "skill" : "person"
                throw FieldError(field: field.id, "unknown \(what) “\(token)” (\(completeKey) completes from the suggestions)")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// How a person or skills field reads back, for the line under it ("Zoë Ångström, Noah Berg").
    static func names(_ field: FormField, data: GuildData) -> String {
        tokens(field.value, kind: field.kind).filter { !$0.isEmpty }.map { token in
            guard let id = resolve(token, kind: field.kind, data: data) else { return "\(token)?" }
            return field.kind == .skills ? data.skills[id]?.name ?? token : data.people[id]?.name ?? token
        }.joined(separator: ", ")
    }
}
