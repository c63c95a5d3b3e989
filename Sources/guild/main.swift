import GuildCLI

AllocatorTuning.returnLargeBlocksPromptly()
GuildCommand.runAndExit()
