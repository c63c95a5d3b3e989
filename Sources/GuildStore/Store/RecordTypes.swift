import GuildCore

/// The record types a store reads, one per kind.
public enum RecordTypes {
    /// Every domain type of GuildCore.
    public static let standard: [any Record.Type] = [
        Person.self, Skill.self, RatingSheet.self, Session.self, NoteEntry.self,
        ActionItem.self, Learning.self, Topic.self, Community.self, Solution.self,
        PairingRound.self, MeetingProgress.self,
    ]
}
