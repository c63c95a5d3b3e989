import Foundation

/// How the sample data records a held meeting that was run and wrapped up in Guild: its progress record.
enum HeldMeeting {
    /// What a held meeting did: every item on time, the rounds in an order seeded by `week`, everyone present,
    /// wrapped up (step finished). Draws nothing from a random generator, so adding it changes no other record.
    static func progress(of held: Session, week: Int) -> MeetingProgress {
        var timer = AgendaTimer(agenda: held.agenda)
        var rounds: [UUID: RoundTurns] = [:]
        var balance = SpeakingBalance()
        var lastFirst: UUID?
        var time = held.start
        for (index, item) in held.agenda.enumerated() {
            timer.select(index, at: time)
            if item.isRound {
                var round = RoundTurns(itemID: item.id, order: RoundOrder.make(people: held.attendees, lastFirst: lastFirst, seed: UInt64(week * 10 + index)),
                                       timebox: TimeInterval(item.minutes * 60))
                lastFirst = round.order.first
                balance.plan(TimeInterval(item.minutes * 60))
                while let speaker = round.speaker {
                    round.credit(round.budgetPerSpeaker)
                    balance.add(round.budgetPerSpeaker, to: speaker)
                    round.finishTurn()
                }
                rounds[item.id] = round
            }
            timer.start(at: time)
            time.addTimeInterval(TimeInterval(item.minutes * 60))
            timer.pause(at: time)
        }
        return MeetingProgress(id: held.id, step: .finished, timer: timer, review: [], rounds: rounds, balance: balance,
                               expected: held.attendees, absent: [], ratings: [], rotationSkips: [], rotationSwapped: false,
                               updatedAt: held.updatedAt)
    }
}
