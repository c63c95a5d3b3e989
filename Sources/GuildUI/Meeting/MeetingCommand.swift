import GuildCore

/// Everything a key can ask the meeting screen to do; the raw value is the binding's id.
public enum MeetingCommand: String, CaseIterable, Sendable, Hashable {
    // On the dashboard's sessions pane.
    // Anywhere in the meeting.
    case help = "meeting.help"
    case leave = "meeting.leave"
    case timerToggle = "timer.toggle"
    case extendOne = "timer.extend1"
    case extendFive = "timer.extend5"
    case attendance = "meeting.attendance"
    case rotation = "meeting.rotation"
    case anonymousQuestion = "note.anonymousQuestion"
    // Opening review.
    case reviewUp = "review.up"
    case reviewDown = "review.down"
    case reviewDone = "review.done"
    case reviewCarryOver = "review.carryOver"
    case reviewDrop = "review.drop"
    case reviewFinish = "review.finish"
    // Agenda.
    case itemNext = "item.next"
    case itemPrevious = "item.previous"
    case agendaUp = "agenda.up"
    case agendaDown = "agenda.down"
    case agendaMoveUp = "agenda.moveUp"
    case agendaMoveDown = "agenda.moveDown"
    case openReview = "review.open"
    case wrapUp = "meeting.wrapUp"
    // Rounds.
    case speakerDone = "round.next"
    case speakerPass = "round.pass"
    case speakerSkip = "round.skip"
    case speakerAway = "round.away"
    // Notes.
    case noteNote = "note.note"
    case noteDecision = "note.decision"
    case noteSupport = "note.support"
    case noteObjection = "note.objection"
    case noteLearning = "note.learning"
    case noteSuccess = "note.success"
    case noteFrustration = "note.frustration"
    case notePairing = "note.pairing"
    case noteAction = "note.action"
    case noteParking = "note.parking"
    // Composer.
    case composeSave = "compose.save"
    case composeCancel = "compose.cancel"
    // Wrap-up.
    case rate1 = "wrapUp.rate1"
    case rate2 = "wrapUp.rate2"
    case rate3 = "wrapUp.rate3"
    case rate4 = "wrapUp.rate4"
    case rate5 = "wrapUp.rate5"
    case skipFacilitator = "rotation.skipFacilitator"
    case skipNoteTaker = "rotation.skipNoteTaker"
    case swapRoles = "rotation.swap"
    case parkingUp = "parking.up"
    case parkingDown = "parking.down"
    case promoteTopic = "parking.promote"
    case finish = "wrapUp.finish"
    case backToAgenda = "wrapUp.back"
    // Overlays.
    case overlayClose = "overlay.close"
    case overlayUp = "overlay.up"
    case overlayDown = "overlay.down"
    case attendanceToggle = "attendance.toggle"

    /// Runs the clock, a round or the meeting's steps: the shared screen's job, not the note-taker's view's.
    var isSharedScreenOnly: Bool {
        switch self {
        case .timerToggle, .extendOne, .extendFive, .itemNext, .itemPrevious, .agendaUp, .agendaDown, .agendaMoveUp, .agendaMoveDown,
             .openReview, .wrapUp, .speakerDone, .speakerPass, .speakerSkip, .speakerAway, .reviewFinish, .attendance:
            true
        default:
            false
        }
    }

    /// The note kind a note command writes.
    var noteKind: GuildCore.NoteEntry.Kind? {
        switch self {
        case .noteNote: .note
        case .noteDecision: .decision
        case .noteSupport: .support
        case .noteObjection: .objection
        case .noteLearning: .learning
        case .noteSuccess: .success
        case .noteFrustration: .frustration
        case .notePairing: .pairing
        default: nil
        }
    }
}
