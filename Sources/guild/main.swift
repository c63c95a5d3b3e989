import GuildCLI

AllocatorTuning.returnLargeBlocksPromptly()
GuildCommand.main()
