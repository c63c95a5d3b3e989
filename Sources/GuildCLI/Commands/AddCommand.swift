import ArgumentParser

/// `guild add`: adds a record from the command line.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an action item, a person, a session or a skill.",
        subcommands: [AddActionCommand.self, AddPersonCommand.self, AddSessionCommand.self, AddSkillCommand.self]
    )
}
