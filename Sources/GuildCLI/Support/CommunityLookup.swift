import Foundation
import GuildCore

/// Finds a community of practice by name (ignoring case and accents, a unique prefix is enough) for `--community`.
enum CommunityLookup {
    /// The community named `name`, or a one-line failure listing the communities there are.
    static func find(_ name: String, in data: GuildData) throws -> Community {
        let wanted = TextMatch.fold(name.trimmingCharacters(in: .whitespaces))
        let all = data.communities.values.sorted { TextOrder.precedes($0.name, $1.name) }
        if let exact = all.first(where: { TextMatch.fold($0.name) == wanted }) { return exact }
        let partial = all.filter { TextMatch.fold($0.name).hasPrefix(wanted) || TextMatch.fold($0.name).contains(wanted) }
        if partial.count == 1, !wanted.isEmpty { return partial[0] }
        let names = all.map { "\"\($0.name)\"" }.joined(separator: ", ")
        if partial.count > 1 {
            throw CLIFailure("--community \"\(name)\" matches more than one community: " + partial.map { "\"\($0.name)\"" }.joined(separator: ", "))
        }
        throw CLIFailure("no community named \"\(name)\"" + (all.isEmpty ? " (the store has no communities yet)" : " (communities: \(names))"))
    }
}
