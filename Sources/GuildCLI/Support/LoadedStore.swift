import Foundation
import GuildCore
import GuildStore

/// A store opened for one command: its records, plus its unreadable files reported once on stderr.
struct LoadedStore {
    let store: GuildStore
    var data: GuildData
    let problems: [StoreProblem]

    /// Opens and loads the store; a missing or unusable store becomes one clear `CLIFailure`.
    static func open(_ options: StoreOptions, includeNotes: Bool = false, reportProblems: Bool = true) throws -> LoadedStore {
        let store: GuildStore
        do {
            store = try GuildStore.open(at: options.url)
        } catch {
            throw CLIFailure("\(error)")
        }
        let result = store.loadAll(includeNotes: includeNotes)
        if reportProblems {
            for problem in result.problems {
                Terminal.warn("\(problem)")
            }
        }
        return LoadedStore(store: store, data: result.data, problems: result.problems)
    }

    /// Saves one record durably, turning store errors into one clear line.
    mutating func save<R: Record>(_ record: R) throws {
        do {
            _ = try store.save(record)
        } catch {
            throw CLIFailure("\(error)")
        }
        data.upsert(record)
    }

    /// The person with `handle`, or a failure that lists close handles.
    func person(handle: String) throws -> Person {
        if let person = data.person(handle: handle) { return person }
        let known = data.people.values.map(\.handle).sorted()
        let hint = known.isEmpty ? "the store has no people yet: add one with `guild add person`" : "known handles: " + known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : "")
        throw CLIFailure("no person with handle \"\(Handle.normalize(handle))\" (\(hint))")
    }

    /// The skill named `name` (case- and accent-insensitive), or a failure listing skills.
    func skill(named name: String) throws -> Skill {
        if let skill = data.skill(named: name) { return skill }
        let known = data.skills.values.map(\.name).sorted()
        let hint = known.isEmpty ? "the store has no skills yet: add one with `guild add skill`" : "known skills: " + known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : "")
        throw CLIFailure("no skill named \"\(name)\" (\(hint))")
    }
}
