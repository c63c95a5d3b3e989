import ArgumentParser
import Foundation
import GuildCore

/// `guild add person`: adds someone to the team.
struct AddPersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Add a person to the team.",
        discussion: """
        Handles are short and unique: lowercase letters, digits, '.', '-' and '_'. They are how you name \
        people in quick-add ("@zoe") and on the command line.

        Example:
          guild add person "Zoë Ångström" --handle zoe --team Platform \\
            --role "site reliability engineer"
        """
    )

    @Argument(help: "The person's full name.")
    var name: String

    @Option(help: "A unique short handle, e.g. zoe.")
    var handle: String

    @Option(help: "Their team.")
    var team: String = ""

    @Option(help: "Their role.")
    var role: String = ""

    @Option(help: "Their e-mail address (used to match survey imports).")
    var email: String?

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the people (a handle may be taken).
    static let kinds: Set<RecordKind> = [.person]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let normalized = Handle.normalize(handle)
        if loaded.data.person(handle: normalized) != nil {
            throw CLIFailure("the handle \"\(normalized)\" is taken; choose another with --handle")
        }
        let person = Person(name: name.trimmingCharacters(in: .whitespaces), handle: normalized, team: team, role: role,
                            email: email, updatedAt: clock.now)
        try Validate.record(person)
        try loaded.save(person, base: nil)
        Terminal.print("Added \(person.name) (@\(person.handle)).")
    }
}
