import Foundation

/// People and skills written into form fields the way completion writes them: `@handle, @handle` and `Skill, Skill`.
public enum PeopleText {
    /// `@handle` of one person, or "" when unset or gone.
    public static func one(_ id: UUID?, data: GuildData) -> String {
        guard let id, let person = data.people[id] else { return "" }
        return "@" + person.handle
    }

    /// `@zoe, @noah` for several people (unknown ids are left out).
    public static func many(_ ids: [UUID], data: GuildData) -> String {
        ids.compactMap { data.people[$0].map { "@" + $0.handle } }.joined(separator: ", ")
    }

    /// `Kubernetes, SQL` for several skills.
    public static func skills(_ ids: [UUID], data: GuildData) -> String {
        ids.compactMap { data.skills[$0]?.name }.joined(separator: ", ")
    }
}
