import ArgumentParser
import Foundation
import GuildCore

/// `guild rate`: records a dated skill rating for a person, keeping their history.
struct RateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: "Rate a person in a skill (0 none, 1 learning, 2 working knowledge, 3 proficient, 4 expert / can teach).",
        discussion: """
        Every rating is dated and kept, so the skills map shows growth over time. \
        LEVEL is a number or a level name ("3", "proficient").

        Examples:
          guild rate zoe Kubernetes 4 --teach
          guild rate aanya "PostgreSQL" learning --learn
        """
    )

    @Argument(help: "The person's handle.")
    var handle: String

    @Argument(help: "The skill's name.")
    var skill: String

    @Argument(help: "0–4 or a level name: none, learning, working, proficient, expert.")
    var level: String

    @Flag(help: "They want to learn this.")
    var learn = false

    @Flag(help: "They are happy to teach this.")
    var teach = false

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the person and the skill named, and the rating sheet it changes.
    static let kinds: Set<RecordKind> = [.person, .skill, .ratingSheet]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let person = try loaded.person(handle: handle)
        let skill = try loaded.skill(named: self.skill)
        guard let level = SkillLevel(text: level) else {
            throw CLIFailure("\"\(self.level)\" is not a level: use 0–4 or none, learning, working, proficient, expert")
        }
        let base = loaded.data.ratingSheets[person.id]
        var sheet = base ?? RatingSheet(personID: person.id, updatedAt: clock.now)
        sheet.record(SkillRating(skillID: skill.id, level: level, wantsToLearn: learn, happyToTeach: teach, ratedAt: clock.now))
        sheet.updatedAt = clock.now
        try loaded.save(sheet, base: base)
        Terminal.print("Rated @\(person.handle) in \(skill.name): \(level.rawValue) (\(level.name))"
            + (learn ? ", wants to learn" : "") + (teach ? ", happy to teach" : "") + ".")
    }
}
