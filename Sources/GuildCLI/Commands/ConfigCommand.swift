import ArgumentParser

/// `guild config`: settings of this machine (not shared through git).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Settings of this machine, never shared through git: who you are in the store.",
        discussion: """
        Examples:
          guild config me zoe               this machine's user is @zoe
          guild config me                   show who you are and where that is set
        """,
        subcommands: [ConfigMeCommand.self]
    )
}
