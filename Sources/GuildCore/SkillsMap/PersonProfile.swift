import Foundation

/// The skills map's person view: strengths, what they want to learn, sessions given and attended, open action items.
public struct PersonProfile: Sendable, Equatable {
    public var personID: UUID
    /// Skills at level 3 or more, strongest first.
    public var strengths: [SkillRating]
    /// Skills they want to learn, lowest level first.
    public var wantsToLearn: [SkillRating]
    /// Sessions they presented or facilitated, newest first.
    public var given: [Session]
    /// Sessions they attended, newest first.
    public var attended: [Session]
    /// Their open action items, by due day (none last).
    public var openActions: [ActionItem]

    public init(person: UUID, in data: GuildData) {
        personID = person
        let current = data.ratingSheets[person]?.current.values.filter { data.skills[$0.skillID] != nil } ?? []
        func name(_ rating: SkillRating) -> String { data.skills[rating.skillID]?.name ?? "" }
        strengths = current.filter { $0.level >= .proficient }.sorted {
            $0.level != $1.level ? $0.level > $1.level : TextOrder.precedes(name($0), name($1))
        }
        wantsToLearn = current.filter(\.wantsToLearn).sorted {
            $0.level != $1.level ? $0.level < $1.level : TextOrder.precedes(name($0), name($1))
        }
        let sessions = data.sessions.values.sorted { ($0.start, $0.id.orderKey) > ($1.start, $1.id.orderKey) }
        let given = sessions.filter { $0.presenters.contains(person) || $0.facilitator == person }
        let givenIDs = Set(given.map(\.id))
        self.given = given
        attended = sessions.filter { $0.attendees.contains(person) && !givenIDs.contains($0.id) }
        openActions = data.actions.values.filter { $0.owner == person && $0.status == .open }.sorted { a, b in
            switch (a.due, b.due) {
            case let (x?, y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: (a.createdAt, a.id.orderKey) < (b.createdAt, b.id.orderKey)
            }
        }
    }
}
