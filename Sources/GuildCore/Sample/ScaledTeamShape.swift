/// The counts `ScaledTeam` generates: people, skills, teams, sessions, notes, action items and the smaller kinds.
public struct ScaledTeamShape: Sendable, Hashable {
    public var people: Int
    public var skills: Int
    /// Teams people belong to (at most as many as there are team names, 40).
    public var teams: Int
    /// Every session, held occurrences of recurring series included.
    public var sessions: Int
    /// Recurring series (weekly meetings, CoP monthlies) among the sessions.
    public var recurringSeries: Int
    public var notes: Int
    public var actions: Int
    public var learnings: Int
    public var topics: Int
    public var communities: Int
    public var solutions: Int
    /// How many skills one person rates, at least and at most (clamped to the number of skills).
    public var ratedSkills: ClosedRange<Int>
    /// How many days back past sessions go.
    public var historyDays: Int

    public init(people: Int, skills: Int, teams: Int, sessions: Int, recurringSeries: Int, notes: Int, actions: Int,
                learnings: Int, topics: Int, communities: Int, solutions: Int, ratedSkills: ClosedRange<Int> = 15...40,
                historyDays: Int = 365) {
        self.people = people
        self.skills = skills
        self.teams = teams
        self.sessions = sessions
        self.recurringSeries = recurringSeries
        self.notes = notes
        self.actions = actions
        self.learnings = learnings
        self.topics = topics
        self.communities = communities
        self.solutions = solutions
        self.ratedSkills = ratedSkills
        self.historyDays = historyDays
    }

    /// 10,000 action items, 500 sessions, 200 people × 60 skills.
    public static let tenK = ScaledTeamShape(
        people: 200, skills: 60, teams: 10, sessions: 500, recurringSeries: 3, notes: 5_000, actions: 10_000,
        learnings: 200, topics: 25, communities: 4, solutions: 15, historyDays: 365)

    /// 2,000 people × 300 skills in 40 teams, 5,000 sessions, 20,000 action items, 100,000 notes.
    public static let org = ScaledTeamShape(
        people: 2_000, skills: 300, teams: 40, sessions: 5_000, recurringSeries: 8, notes: 100_000, actions: 20_000,
        learnings: 1_000, topics: 80, communities: 10, solutions: 40, historyDays: 730)

    /// Four times `org` (121,720 records besides 400,000 notes), in the same 40 teams: what "at 4× organisation
    /// scale" is measured on.
    public static let org4x = ScaledTeamShape(
        people: 8_000, skills: 1_200, teams: 40, sessions: 20_000, recurringSeries: 32, notes: 400_000, actions: 80_000,
        learnings: 4_000, topics: 320, communities: 40, solutions: 160, historyDays: 730)

    /// Records of every kind together (rating sheets count one per person).
    public var totalRecords: Int {
        people * 2 + skills + sessions + notes + actions + learnings + topics + communities + solutions
    }
}
