import Foundation

/// Who uses this machine: the person set with `guild config me`, else the one person whose stored e-mail is git's
/// `user.email` (compared ignoring case). Pure: the setting and the e-mail are passed in.
public struct Identity: Sendable, Equatable {
    /// Where the identity came from.
    public enum Source: String, Sendable, Codable {
        /// `guild config me HANDLE` on this machine.
        case config
        /// The person's stored e-mail equals `git config user.email`.
        case gitEmail
    }

    /// What `guild config me` keeps on this machine: the person's id (it survives a handle change) and the handle
    /// it was set with (read when the id is not in the store, as after someone re-created the person).
    public struct Setting: Sendable, Equatable, Codable {
        public var personID: UUID?
        public var handle: String

        public init(personID: UUID?, handle: String) {
            self.personID = personID
            self.handle = handle
        }
    }

    /// The outcome of looking for the user: a person, or one line saying why there is none and how to set it.
    public enum Resolution: Sendable, Equatable {
        case found(Identity)
        case unknown(String)

        /// The identity, when there is one.
        public var identity: Identity? {
            if case .found(let identity) = self { return identity }
            return nil
        }
    }

    public var personID: UUID
    public var source: Source

    public init(personID: UUID, source: Source) {
        self.personID = personID
        self.source = source
    }

    /// How to set an identity, for the messages that say there is none.
    public static let howToSet = "set it with `guild config me HANDLE`"

    /// The user: the setting when it names a person in the store, else the one person with `gitEmail`.
    public static func resolve(setting: Setting?, gitEmail: String?, in data: GuildData) -> Resolution {
        if let setting {
            if let id = setting.personID, data.people[id] != nil { return .found(Identity(personID: id, source: .config)) }
            if let person = data.person(handle: setting.handle) { return .found(Identity(personID: person.id, source: .config)) }
            return .unknown("this machine is set to @\(setting.handle), who is not in this store; \(howToSet)")
        }
        let email = (gitEmail ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !email.isEmpty else { return .unknown("who you are is not set on this machine and git has no user.email; \(howToSet)") }
        let wanted = email.lowercased()
        let matches = data.people.values.filter { ($0.email ?? "").trimmingCharacters(in: .whitespaces).lowercased() == wanted }
        switch matches.count {
        case 1: return .found(Identity(personID: matches[0].id, source: .gitEmail))
        case 0: return .unknown("who you are is not set on this machine and nobody in the store has your git e-mail \(email); \(howToSet)")
        default:
            let handles = matches.map { "@" + $0.handle }.sorted().joined(separator: ", ")
            return .unknown("\(handles) all have your git e-mail \(email); \(howToSet)")
        }
    }
}
