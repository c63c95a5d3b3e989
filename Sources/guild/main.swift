import GuildCLI
GuildCommand.main()
