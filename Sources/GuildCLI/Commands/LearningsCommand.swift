import ArgumentParser
import Foundation
import GuildCore

/// `guild learnings`: the learnings log (wins, opportunities, lessons, with kudos), searchable before starting something.
struct LearningsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learnings",
        abstract: "The learnings log: wins, opportunities and lessons with kudos; search it before starting something.",
        discussion: """
        Examples:
          guild learnings find "flaky tests"
          guild learnings add "Pinning the clock fixed our flaky tests 🎉" \\
            --kind win --context CI --by segun --kudos aanya
        """,
        subcommands: [LearningsFindCommand.self, LearningsAddCommand.self],
        defaultSubcommand: LearningsFindCommand.self
    )

    /// "💡 lesson · CI — text (by @zoe; kudos @aanya)".
    static func line(_ learning: Learning, in data: GuildData) -> String {
        var who: [String] = []
        if let author = learning.author { who.append("by @" + (data.people[author]?.handle ?? "?")) }
        if !learning.kudosTo.isEmpty { who.append("kudos " + learning.kudosTo.map { "@" + (data.people[$0]?.handle ?? "?") }.joined(separator: " ")) }
        return "\(LearningSearch.badge(learning.kind)) \(learning.kind.rawValue)" + (learning.context.isEmpty ? "" : " · \(learning.context)")
            + " — \(learning.text)" + (who.isEmpty ? "" : " (\(who.joined(separator: "; ")))")
    }
}

/// `guild learnings find`: search the log.
struct LearningsFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find", abstract: "Search the learnings log (none: everything, newest first).",
        discussion: """
        Searches the log and the meeting notes marked learning, decision or success. Hits with every word of the \
        query come first, then those with fewer; newest first within each.

        --json prints an array, best first, of {source (learning|note), id, kind, text, context, createdAt, \
        authorID, authorHandle, kudos: [{personID, handle, name}], sessionID, sessionTitle}; absent fields are omitted.

        Examples:
          guild learnings find kubernetes --kind lesson
          guild learnings find "flaky tests" --json | jq '.[].text'
        """)

    @Argument(help: "Words to search for.")
    var query: String = ""

    @Option(help: "Only win, opportunity or lesson (notes: success, none, learning).")
    var kind: String?

    @Flag(help: "Print the hits as JSON, for scripts.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    /// What the search reads: learnings, the notes of every session, the sessions and people they name.
    static let kinds: Set<RecordKind> = [.learning, .note, .session, .person]

    func run() throws {
        // Only the notes the log searches are kept (learning, decision, success), read one session at a time.
        let data = try LoadedStore.open(storeOptions, kinds: Self.kinds, includeNotes: true, keepNote: { LearningSearch.noteKinds.contains($0.kind) }).data
        let kind = try kind.map { text in
            guard let kind = Learning.Kind(rawValue: text.lowercased()) else { throw CLIFailure("--kind \"\(text)\" is not win, opportunity or lesson") }
            return kind
        }
        let found = LearningSearch.search(query, in: data, kind: kind, notes: Array(data.notes.values))
        if json {
            return try Terminal.printJSON(found.map { HitJSON($0, in: data) })
        }
        guard !found.isEmpty else {
            Terminal.print(query.isEmpty ? "No learnings yet; add one with `guild learnings add`." : "Nothing learned about \"\(query)\" yet.")
            return
        }
        for hit in found {
            switch hit {
            case .learning(let learning): Terminal.print(LearningsCommand.line(learning, in: data))
            case .note(let note): Terminal.print(Self.line(note, in: data, calendar: try Clock.fromEnvironment().calendar))
            }
        }
    }

    /// "📝 decision · Weekly tech meeting 2026-11-23 — text (by @zoe)".
    static func line(_ note: NoteEntry, in data: GuildData, calendar: Calendar) -> String {
        let session = data.sessions[note.sessionID]
        let place = session.map { " · \($0.title) \(Day($0.start, in: calendar))" } ?? ""
        let by = note.author.map { " (by @\(data.people[$0]?.handle ?? "?"))" } ?? ""
        return "📝 \(note.kind.rawValue) note\(place) — \(note.text)\(by)"
    }

    /// One hit as JSON.
    struct HitJSON: Codable, Equatable {
        var source: String
        var id: UUID
        var kind: String
        var text: String
        var context: String?
        var createdAt: Date
        var authorID: UUID?
        var authorHandle: String?
        var kudos: [PersonRef]?
        var sessionID: UUID?
        var sessionTitle: String?

        init(_ hit: LearningHit, in data: GuildData) {
            switch hit {
            case .learning(let learning):
                (source, id, kind, text, context, createdAt) = ("learning", learning.id, learning.kind.rawValue, learning.text, learning.context, learning.createdAt)
                authorID = learning.author
                kudos = learning.kudosTo.map { PersonRef($0, in: data) }
                sessionID = learning.sessionID
            case .note(let note):
                (source, id, kind, text, createdAt) = ("note", note.id, note.kind.rawValue, note.text, note.createdAt)
                authorID = note.author
                sessionID = note.sessionID
            }
            authorHandle = authorID.flatMap { data.people[$0]?.handle }
            sessionTitle = sessionID.flatMap { data.sessions[$0]?.title }
        }
    }
}

/// `guild learnings add`: logs a win, an opportunity or a lesson.
struct LearningsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Log a win, an opportunity or a lesson, with kudos.",
        discussion: """
        Example:
          guild learnings add "Zero-downtime deploys 🚀" --kind win --context Platform \\
            --by zoe --kudos lilei --kudos mateus
        """)

    @Argument(help: "What was learned. Emoji welcome.")
    var text: String

    @Option(help: "win, opportunity or lesson.")
    var kind = "lesson"

    @Option(help: "The project or situation.")
    var context = ""

    @Option(help: "Who logs it (a handle; default: you, set with `guild config me`).")
    var by: String?

    @Option(help: "Someone to applaud (a handle; repeatable).")
    var kudos: [String] = []

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions)
        guard let kind = Learning.Kind(rawValue: kind.lowercased()) else { throw CLIFailure("--kind \"\(kind)\" is not win, opportunity or lesson") }
        let learning = Learning(kind: kind, text: text, context: context, author: try MachineIdentity.person(by, in: loaded)?.id,
                                kudosTo: try kudos.map { try loaded.person(handle: $0).id }, createdAt: clock.now)
        do { try learning.validate() } catch { throw CLIFailure("\(error)") }
        try loaded.save(learning, base: nil)
        Terminal.print(LearningsCommand.line(learning, in: loaded.data))
    }
}
