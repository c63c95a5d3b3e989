import Foundation

extension MinutesDocument {
    /// The minutes of a meeting as its progress record and the store hold them now — read whenever minutes are shown
    /// or exported, so a note saved or edited after the wrap-up is in them.
    public init(progress: MeetingProgress, session: Session, data: GuildData, notes: [NoteEntry], calendar: Calendar) {
        var held = session
        if !progress.attendance.isEmpty { held.attendees = progress.attendance.filter(\.present).map(\.id) }
        let items = progress.items.map {
            ItemTime(title: $0.title, plannedSeconds: $0.plannedSeconds, usedSeconds: $0.usedSeconds, isRound: $0.isRound)
        }
        let rounds = progress.items.compactMap { item -> RoundSummary? in
            guard let round = progress.rounds.first(where: { $0.id == item.id }) else { return nil }
            return RoundSummary(title: item.title, order: round.order,
                                turns: Dictionary(round.turns.map { ($0.id, $0.turn) }, uniquingKeysWith: { a, _ in a }),
                                spoken: Dictionary(round.turns.filter { $0.spokenSeconds > 0 }.map { ($0.id, $0.spokenSeconds) },
                                                   uniquingKeysWith: { a, _ in a }))
        }
        let review = progress.review.compactMap { entry in data.actions[entry.id].map { (item: $0, outcome: entry.outcome) } }
        let sorted = notes.filter { $0.sessionID == session.id }
            .sorted { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
        self.init(session: held, data: data, notes: sorted, items: items, review: review, rounds: rounds,
                  ratings: Self.ratings(progress: progress, data: data, sessionID: session.id), next: progress.next.map { ($0.facilitator, $0.noteTaker) }, calendar: calendar)
        guests = progress.guests
        questions = progress.questions ?? []
    }

    /// Every anonymous rating of the meeting, each counted once: those its progress record keeps (given on the shared
    /// screen) and those given from other terminals (`MeetingVote` records), sorted.
    public static func ratings(progress: MeetingProgress, data: GuildData, sessionID: UUID) -> [Int] {
        let kept = Set(progress.ratings.map(\.id))
        return (progress.ratings.map(\.value) + data.votes(for: sessionID).filter { !kept.contains($0.id) }.map(\.value)).sorted()
    }
}
