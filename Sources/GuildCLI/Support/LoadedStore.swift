import Foundation
import GuildCore
import GuildStore
import TerminalGrid

/// A store opened for one command: its records, plus its unreadable files reported once on stderr.
struct LoadedStore {
    let store: GuildStore
    var data: GuildData
    let problems: [StoreProblem]

    /// Opens and loads the store; a missing or unusable store becomes one clear `CLIFailure`.
    ///
    /// With `includeNotes`, every session's notes are read too — one session at a time through the store's group scan
    /// (the load cache of notes folders), keeping in `data.notes` only those `keepNote` accepts (default: all).
    /// A command that `writes` and names its `kinds` still has every other kind's files checked for a newer schema
    /// (one makes the store read-only, as when it loads every kind).
    static func open(_ options: StoreOptions, kinds: Set<RecordKind>? = nil, writes: Bool = false, includeNotes: Bool = false,
                     keepNote: ((NoteEntry) -> Bool)? = nil, reportProblems: Bool = true) throws -> LoadedStore {
        let store: GuildStore
        do {
            store = try GuildStore.open(at: options.url, types: CommandKinds.types(kinds),
                                        schemaChecked: writes ? CommandKinds.schemaChecked(kinds) : [])
        } catch {
            throw CLIFailure("\(error)")
        }
        // Records from the load cache are checked against their files before the command uses them.
        let result = store.loadAll(includeNotes: false, verifyCache: true)
        OpenedStores.shared.add(store)
        var data = result.data
        var problems = result.problems
        if includeNotes {
            let noteProblems = store.scanGroups(NoteEntry.self) { _, notes in
                for note in notes where keepNote?(note) ?? true { data.notes[note.id] = note }
            }
            if !noteProblems.isEmpty {
                problems = (problems + noteProblems).sorted { ($0.path, $0.place ?? "") < ($1.path, $1.place ?? "") }
            }
        }
        if reportProblems {
            for problem in problems {
                Terminal.warn("\(problem)")
            }
        }
        return LoadedStore(store: store, data: data, problems: problems)
    }

    /// Saves a command's change durably: `record` is its version, `base` the version it loaded from `data` (nil when
    /// it creates the record). The store applies the change to the file as it is now, so a teammate's edit of other
    /// fields since this command loaded is kept; the same field changed by both fails with both values named.
    mutating func save<R: Record>(_ record: R, base: R?) throws {
        do {
            _ = try store.save(record, base: base)
        } catch {
            throw Self.failure(error)
        }
        // What the file holds now (the change merged with others' fields), for the lines the command prints next.
        if let stored = try? store.record(R.self, id: record.id, groupID: record.groupID) {
            data.upsert(stored)
        } else {
            data.upsert(record)
        }
    }

    /// Saves many changes of one kind durably in one batch (`GuildStore.saveChanges`: the same merge against each
    /// file as it is now, one folder sync for all); `progress` hears (done, total). A failure names what stopped it.
    mutating func saveAll<R: Record>(_ changes: [(record: R, base: R?)], progress: ((Int, Int) -> Void)? = nil) throws {
        do {
            try store.saveChanges(changes, progress: progress)
        } catch {
            throw Self.failure(error)
        }
        for change in changes { data.upsert(change.record) }
    }

    /// A store error as the command's failure: a conflict lists each field with both values, on lines of its own.
    static func failure(_ error: any Error) -> CLIFailure {
        guard case StoreError.conflict(let conflict) = error, !conflict.fields.isEmpty else {
            return CLIFailure(SafeText.sanitize("\(error)"))
        }
        let lines = conflict.fields.map { "  " + SafeText.sanitize($0.description) }
        return CLIFailure(([SafeText.sanitize(conflict.description)] + lines + ["  nothing was written; run the command again to apply it to the current version"])
            .joined(separator: "\n"))
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
