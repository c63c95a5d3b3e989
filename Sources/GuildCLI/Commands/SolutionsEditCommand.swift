import ArgumentParser
import Foundation
import GuildCore

/// `guild solutions edit`: changes fields of an entry; experts and skills given are added (or removed with --remove-expert).
struct SolutionsEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change a catalogue entry found by words of its need.",
        discussion: """
        Example:
          guild solutions edit "large table" --time "1–2 days" \\
            --expert noah --remove-expert mateus
        """)

    @Argument(help: "Words of the need.")
    var entry: String

    @Option(help: "A new need.")
    var need: String?

    @Option(help: "A new solution.")
    var solution: String?

    @Option(help: "A new approximate time.")
    var time: String?

    @Option(help: "New risks.")
    var risks: String?

    @Option(help: "Add someone who knows it (repeatable).")
    var expert: [String] = []

    @Option(help: "Remove someone (repeatable).")
    var removeExpert: [String] = []

    @Option(help: "Add a skill it needs (repeatable).")
    var skill: [String] = []

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the catalogue, and the experts and skills it names.
    static let kinds: Set<RecordKind> = [.solution, .person, .skill]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let base = try SolutionsCommand.solution(entry, in: loaded.data)
        var edited = base
        if let need { edited.need = need }
        if let solution { edited.solution = solution }
        if let time { edited.approximateTime = time }
        if let risks { edited.risks = risks }
        for handle in expert { let id = try loaded.person(handle: handle).id; if !edited.experts.contains(id) { edited.experts.append(id) } }
        for handle in removeExpert { let id = try loaded.person(handle: handle).id; edited.experts.removeAll { $0 == id } }
        for name in skill { let id = try loaded.skill(named: name).id; if !edited.skillIDs.contains(id) { edited.skillIDs.append(id) } }
        edited.updatedAt = clock.now
        do { try edited.validate() } catch { throw CLIFailure("\(error)") }
        try loaded.save(edited, base: base)
        SolutionsCommand.lines(edited, in: loaded.data).forEach(Terminal.print)
    }
}
