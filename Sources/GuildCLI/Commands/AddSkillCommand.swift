import ArgumentParser
import Foundation
import GuildCore

/// `guild add skill`: adds a skill to the skills map.
struct AddSkillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skill",
        abstract: "Add a skill to the skills map.",
        discussion: """
        Example:
          guild add skill Kubernetes --category Infrastructure --critical
        """
    )

    @Argument(help: "The skill's name.")
    var name: String

    @Option(help: "A category that groups skills in the matrix (Languages, Infrastructure, Practices…).")
    var category: String = ""

    @Flag(help: "Mark the skill critical: thin coverage here is reported as a gap.")
    var critical = false

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the skills (a name may be taken).
    static let kinds: Set<RecordKind> = [.skill]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        if let existing = loaded.data.skill(named: name) {
            throw CLIFailure("a skill named \"\(existing.name)\" already exists")
        }
        let skill = Skill(name: name.trimmingCharacters(in: .whitespaces), category: category,
                          critical: critical ? true : nil, updatedAt: clock.now)
        try Validate.record(skill)
        try loaded.save(skill, base: nil)
        Terminal.print("Added skill \(skill.name)" + (category.isEmpty ? "" : " (\(category))") + ".")
    }
}
