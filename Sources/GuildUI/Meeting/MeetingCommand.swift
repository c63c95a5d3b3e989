import GuildCore

/// Everything a key can ask the meeting screen to do; the raw value is the binding id users remap in `keys.json`
/// ("meeting.timer.toggle"). Help is the shared `app.help`, remapped once for every screen.
public enum MeetingCommand: String, CaseIterable, Sendable, Hashable {
    // Anywhere in the meeting.
    case help = "app.help"
    case leave = "meeting.leave"
    case timerToggle = "meeting.timer.toggle"
    case extendOne = "meeting.timer.extend1"
    case extendFive = "meeting.timer.extend5"
    case attendance = "meeting.attendance"
    case rotation = "meeting.rotation"
    case anonymousQuestion = "meeting.note.anonymousQuestion"
    // Opening review.
    case reviewUp = "meeting.review.up"
    case reviewDown = "meeting.review.down"
    case reviewDone = "meeting.review.done"
    case reviewCarryOver = "meeting.review.carryOver"
    case reviewRedate = "meeting.review.redate"
    case reviewDrop = "meeting.review.drop"
    case reviewFinish = "meeting.review.finish"
    // Agenda.
    case itemNext = "meeting.item.next"
    case itemPrevious = "meeting.item.previous"
    case agendaUp = "meeting.agenda.up"
    case agendaDown = "meeting.agenda.down"
    case agendaMoveUp = "meeting.agenda.moveUp"
    case agendaMoveDown = "meeting.agenda.moveDown"
    case agendaAdd = "meeting.agenda.add"
    case agendaRename = "meeting.agenda.rename"
    case agendaRetime = "meeting.agenda.retime"
    case openReview = "meeting.review.open"
    case wrapUp = "meeting.wrapUp.open"
    // Rounds.
    case speakerDone = "meeting.round.next"
    case speakerPass = "meeting.round.pass"
    case speakerSkip = "meeting.round.skip"
    case speakerAway = "meeting.round.away"
    // Notes.
    case noteNote = "meeting.note.note"
    case noteDecision = "meeting.note.decision"
    case noteSupport = "meeting.note.support"
    case noteObjection = "meeting.note.objection"
    case noteLearning = "meeting.note.learning"
    case noteSuccess = "meeting.note.success"
    case noteFrustration = "meeting.note.frustration"
    case notePairing = "meeting.note.pairing"
    case noteAction = "meeting.note.action"
    case noteParking = "meeting.note.parking"
    // Fixing notes (either view).
    case notesOpen = "meeting.notes.open"
    case noteEdit = "meeting.notes.edit"
    case noteDelete = "meeting.notes.delete"
    case noteUndo = "meeting.notes.undo"
    // Composer.
    case composeSave = "meeting.compose.save"
    case composeCancel = "meeting.compose.cancel"
    case composeKindNext = "meeting.compose.kind.next"
    case composeKindPrevious = "meeting.compose.kind.previous"
    // Wrap-up.
    case rate1 = "meeting.wrapUp.rate1"
    case rate2 = "meeting.wrapUp.rate2"
    case rate3 = "meeting.wrapUp.rate3"
    case rate4 = "meeting.wrapUp.rate4"
    case rate5 = "meeting.wrapUp.rate5"
    case unrate = "meeting.wrapUp.unrate"
    case skipFacilitator = "meeting.rotation.skipFacilitator"
    case skipNoteTaker = "meeting.rotation.skipNoteTaker"
    case swapRoles = "meeting.rotation.swap"
    case parkingUp = "meeting.parking.up"
    case parkingDown = "meeting.parking.down"
    case promoteTopic = "meeting.parking.promote"
    case finish = "meeting.wrapUp.finish"
    case backToAgenda = "meeting.wrapUp.back"
    // Overlays.
    case overlayClose = "meeting.overlay.close"
    case overlayUp = "meeting.overlay.up"
    case overlayDown = "meeting.overlay.down"
    case attendanceToggle = "meeting.attendance.toggle"
    case attendanceGuest = "meeting.attendance.add"
    // Anonymous questions.
    case questionsOpen = "meeting.questions.open"
    case questionAnswered = "meeting.questions.answered"
    case questionDismissed = "meeting.questions.dismissed"

    /// The note-kind commands, in the order the screen suggests them.
    static let noteKinds: [MeetingCommand] = [.noteNote, .noteDecision, .noteSupport, .noteObjection, .noteLearning, .noteSuccess,
                                              .noteFrustration, .notePairing]

    /// The keys that work in every step and change the clock: start or pause, extend (refused once the meeting is finished).
    static let clockCommands: Set<MeetingCommand> = [.timerToggle, .extendOne, .extendFive]

    /// Runs the clock, a round or the meeting's steps: the shared screen's job, not the note-taker's view's.
    var isSharedScreenOnly: Bool {
        switch self {
        case .timerToggle, .extendOne, .extendFive, .itemNext, .itemPrevious, .agendaUp, .agendaDown, .agendaMoveUp, .agendaMoveDown,
             .openReview, .wrapUp, .speakerDone, .speakerPass, .speakerSkip, .speakerAway, .reviewFinish, .attendance, .agendaAdd, .agendaRename,
             .agendaRetime, .attendanceGuest, .questionAnswered, .questionDismissed:
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
