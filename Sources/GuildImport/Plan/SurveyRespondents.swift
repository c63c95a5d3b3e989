import Foundation
import GuildCore

/// Finds the person a survey row belongs to: by the e-mail stored for them (exactly, ignoring case), then by
/// handle, then by a name only one person has. Nothing is guessed: a name two people share, identifiers that point
/// to different people, or no match at all is reported and the row skipped.
struct SurveyRespondents {
    /// Who answered, as the row says.
    struct Identity: Equatable {
        var name = ""
        var firstName = ""
        var lastName = ""
        var email = ""
        var handle = ""

        /// The names to look up: the full name (also "Family, Given" turned round) and first + last in both orders.
        var names: [String] {
            var names: [String] = []
            if !name.isEmpty {
                names.append(name)
                let parts = name.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty { names.append("\(parts[1]) \(parts[0])") }
            }
            if !firstName.isEmpty || !lastName.isEmpty {
                names.append([firstName, lastName].filter { !$0.isEmpty }.joined(separator: " "))
                if !firstName.isEmpty, !lastName.isEmpty { names.append("\(lastName) \(firstName)") }
            }
            return names
        }

        /// "“Sam Rivera” / “sam@gmail.com”" for messages.
        var shown: String {
            let given = [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ")
            return [name.isEmpty ? given : name, email, handle.isEmpty ? "" : "@" + Handle.normalize(handle)]
                .filter { !$0.isEmpty }.map { "“\($0)”" }.joined(separator: " / ")
        }
    }

    /// The outcome for one row.
    enum Match: Equatable {
        case person(UUID)
        /// Skipped, with the reason for the report.
        case skipped(String)
    }

    private var byEmail: [String: [UUID]] = [:]
    private var byHandle: [String: UUID] = [:]
    private var byName: [String: [UUID]] = [:]
    private let handles: [UUID: String]

    init(_ data: GuildData) {
        var handles: [UUID: String] = [:]
        for person in data.people.values.sorted(by: { $0.id.uuidString < $1.id.uuidString }) {
            handles[person.id] = person.handle
            if let email = person.email.map(Self.emailKey), !email.isEmpty { byEmail[email, default: []].append(person.id) }
            byHandle[Handle.normalize(person.handle)] = person.id
            byName[Self.nameKey(person.name), default: []].append(person.id)
        }
        self.handles = handles
    }

    /// The person `identity` names, or why the row is skipped.
    func match(_ identity: Identity) -> Match {
        let email = Self.emailKey(identity.email)
        let hasEmail = email.contains("@")
        var found: [(UUID, String)] = []
        if hasEmail {
            switch byEmail[email] ?? [] {
            case let ids where ids.count > 1:
                return .skipped("the e-mail “\(identity.email)” belongs to \(shown(ids)) in Guild; give them different e-mails")
            case let ids where ids.count == 1: found.append((ids[0], "e-mail"))
            default: break
            }
        }
        if !identity.handle.isEmpty {
            if let id = byHandle[Handle.normalize(identity.handle)] { found.append((id, "handle")) }
        }
        var named: Set<UUID> = []
        for name in identity.names {
            let key = Self.nameKey(name)
            named.formUnion(byName[key] ?? [])
            if name.hasPrefix("@"), let id = byHandle[Handle.normalize(name)] { named.insert(id) }
        }
        if let (first, how) = found.first {
            if let (other, otherHow) = found.first(where: { $0.0 != first }) {
                return .skipped("the \(how) is \(shown([first])) but the \(otherHow) is \(shown([other])); skipped")
            }
            // A name that fits exactly one other person contradicts the e-mail or handle.
            if named.count == 1, let other = named.first, other != first {
                return .skipped("the \(how) is \(shown([first])) but the name “\(identity.names[0])” is \(shown([other])); skipped")
            }
            return .person(first)
        }
        if named.count == 1, let id = named.first { return .person(id) }
        if named.count > 1 {
            let how = hasEmail ? " and the e-mail “\(identity.email)” is not one Guild has for either" : ""
            return .skipped("\(named.count) people are named “\(identity.names[0])” (\(shown(Array(named))))\(how); "
                + "skipped rather than guessed (add an e-mail or handle column, or store their e-mails)")
        }
        if identity.shown.isEmpty { return .skipped("no name, e-mail or handle; skipped") }
        return .skipped("nobody in Guild is \(identity.shown); skipped (add them with `guild add person`, "
            + "or store the e-mail they answered with)")
    }

    private func shown(_ ids: [UUID]) -> String {
        ids.compactMap { handles[$0] }.sorted().map { "@" + $0 }.joined(separator: ", ")
    }

    /// E-mails compare whole and ignoring case ("Zoe@Example.com" is "zoe@example.com"; "sam@gmail.com" is not
    /// "sam@example.com"); "mailto:" and "Name <address>" are unwrapped.
    static func emailKey(_ text: String) -> String {
        var address = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let open = address.lastIndex(of: "<"), let close = address.lastIndex(of: ">"), open < close {
            address = String(address[address.index(after: open)..<close])
        }
        if address.lowercased().hasPrefix("mailto:") { address.removeFirst(7) }
        return address.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Names compare ignoring case, accents and spacing.
    static func nameKey(_ text: String) -> String {
        TextMatch.fold(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
