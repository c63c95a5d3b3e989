import GuildCore
import TerminalGrid

extension Keymap {
    /// The live meeting's keys: timer, agenda, rounds, notes, the opening review, the wrap-up and the overlays. The
    /// dashboard key that starts a meeting (`m`) is in `Keymap.screens`; help is the shared `app.help`.
    public static let meeting: [Binding] = {
        func meeting(_ command: MeetingCommand, _ keys: [Key], _ help: String, group: String, context: KeyContext, hint: String? = nil,
                     shadows: Bool = false) -> Binding {
            Binding(id: command.rawValue, keys: keys, help: help, group: group, context: context, hint: hint, shadows: shadows)
        }
        let notes = "Notes (one key picks the kind)"
        func kind(_ command: MeetingCommand, _ kind: NoteEntry.Kind, _ help: String, hint: String? = nil) -> Binding {
            meeting(command, [.char(kind.key)], help, group: notes, context: .meetingAgenda, hint: hint)
        }
        return [
            meeting(.timerToggle, [.char(" ")], "start or pause the timer", group: "Timer", context: .meeting, hint: "start/pause"),
            meeting(.itemNext, [.right, .char("]")], "next agenda item (after the last: wrap-up)", group: "Timer", context: .meetingAgenda, hint: "next"),
            meeting(.itemPrevious, [.left, .char("[")], "previous agenda item", group: "Timer", context: .meetingAgenda),
            meeting(.extendOne, [.char("e")], "extend the current item by 1 minute", group: "Timer", context: .meeting, hint: "+1m"),
            meeting(.extendFive, [.char("E")], "extend the current item by 5 minutes", group: "Timer", context: .meeting),
            meeting(.agendaUp, [.up, .char("k")], "select the agenda item above", group: "Agenda", context: .meetingAgenda),
            meeting(.agendaDown, [.down, .char("j")], "select the agenda item below", group: "Agenda", context: .meetingAgenda),
            meeting(.agendaMoveUp, [.char("K")], "move the selected item up", group: "Agenda", context: .meetingAgenda),
            meeting(.agendaMoveDown, [.char("J")], "move the selected item down", group: "Agenda", context: .meetingAgenda),
            meeting(.agendaAdd, [.char("i")], "add an agenda item after the selected one (Title=minutes)", group: "Agenda", context: .meetingAgenda),
            meeting(.agendaRename, [.char("c")], "rename the selected agenda item", group: "Agenda", context: .meetingAgenda),
            meeting(.agendaRetime, [.char("t")], "give the selected agenda item a new timebox", group: "Agenda", context: .meetingAgenda),
            meeting(.openReview, [.char("r")], "back to the opening review of open action items", group: "Agenda", context: .meetingAgenda),
            meeting(.wrapUp, [.char("W")], "wrap up: summary, rating and minutes", group: "Agenda", context: .meetingAgenda, hint: "wrap-up"),
            meeting(.speakerDone, [.enter], "round: the speaker is done, next person", group: "Rounds", context: .meetingAgenda, hint: "next speaker"),
            meeting(.speakerPass, [.char("x")], "round: the speaker passes", group: "Rounds", context: .meetingAgenda),
            meeting(.speakerSkip, [.tab], "round: skip for now, ask again at the end", group: "Rounds", context: .meetingAgenda),
            meeting(.speakerAway, [.char("w")], "round: the speaker is away (marked absent)", group: "Rounds", context: .meetingAgenda),
            kind(.noteNote, .note, "note", hint: "note"),
            kind(.noteDecision, .decision, "decision"),
            kind(.noteSupport, .support, "strong support"),
            kind(.noteObjection, .objection, "objection"),
            kind(.noteLearning, .learning, "learning"),
            kind(.noteSuccess, .success, "success"),
            kind(.noteFrustration, .frustration, "frustration"),
            kind(.notePairing, .pairing, "pairing experience"),
            meeting(.noteAction, [.char("a")], "action item: text @owner due:fri #tag", group: notes, context: .meetingAgenda, hint: "action"),
            meeting(.noteParking, [.char("P")], "parking lot: a topic to go deeper on later", group: notes, context: .meetingAgenda),
            meeting(.anonymousQuestion, [.char("Q")], "anonymous question (no name, no time kept)", group: notes, context: .meeting),
            meeting(.notesOpen, [.char("N")], "the session's notes: edit, delete, undo", group: "Fixing notes", context: .meeting),
            meeting(.noteUndo, [.char("u")], "undo the last note saved, edited or deleted here", group: "Fixing notes", context: .meeting),
            meeting(.noteEdit, [.char("e")], "notes list: edit the selected note (Enter too)", group: "Fixing notes", context: .meetingOverlay,
                    shadows: true),
            meeting(.noteDelete, [.char("x"), .delete], "notes list: delete the selected note", group: "Fixing notes", context: .meetingOverlay),
            meeting(.composeSave, [.enter], "save the note", group: "Typing a note", context: .meetingCompose, hint: "save"),
            meeting(.composeCancel, [.escape], "cancel the note", group: "Typing a note", context: .meetingCompose, hint: "cancel"),
            meeting(.reviewUp, [.up, .char("k")], "previous action item", group: "Opening review", context: .meetingReview),
            meeting(.reviewDown, [.down, .char("j")], "next action item", group: "Opening review", context: .meetingReview),
            meeting(.reviewDone, [.char("d")], "mark done", group: "Opening review", context: .meetingReview, hint: "done"),
            meeting(.reviewCarryOver, [.char("c")], "carry over to the next meeting", group: "Opening review", context: .meetingReview,
                    hint: "carry over"),
            meeting(.reviewRedate, [.char("o")], "carry over with a new owner or due date (@handle due:fri)", group: "Opening review",
                    context: .meetingReview),
            meeting(.reviewDrop, [.char("x")], "drop", group: "Opening review", context: .meetingReview, hint: "drop"),
            meeting(.reviewFinish, [.right, .char("]"), .enter], "go on to the agenda", group: "Opening review", context: .meetingReview,
                    hint: "agenda"),
            meeting(.rate1, [.char("1")], "anonymous rating 1 of 5", group: "Wrap-up", context: .meetingWrapUp),
            meeting(.rate2, [.char("2")], "anonymous rating 2 of 5", group: "Wrap-up", context: .meetingWrapUp),
            meeting(.rate3, [.char("3")], "anonymous rating 3 of 5", group: "Wrap-up", context: .meetingWrapUp),
            meeting(.rate4, [.char("4")], "anonymous rating 4 of 5", group: "Wrap-up", context: .meetingWrapUp),
            meeting(.rate5, [.char("5")], "anonymous rating 5 of 5", group: "Wrap-up", context: .meetingWrapUp, hint: "rate 1–5"),
            meeting(.unrate, [.backspace], "take back the last rating given on this screen", group: "Wrap-up", context: .meetingWrapUp),
            meeting(.skipFacilitator, [.char("f")], "next time: skip the proposed facilitator", group: "Wrap-up", context: .meetingWrapUp),
            meeting(.skipNoteTaker, [.char("n")], "next time: skip the proposed note-taker", group: "Wrap-up", context: .meetingWrapUp),
            meeting(.swapRoles, [.char("w")], "next time: swap facilitator and note-taker", group: "Wrap-up", context: .meetingWrapUp),
            meeting(.parkingUp, [.up, .char("k")], "previous parking-lot topic", group: "Wrap-up", context: .meetingWrapUp),
            meeting(.parkingDown, [.down, .char("j")], "next parking-lot topic", group: "Wrap-up", context: .meetingWrapUp),
            meeting(.promoteTopic, [.char("t")], "propose the selected parking-lot topic for a future session", group: "Wrap-up",
                    context: .meetingWrapUp, hint: "to topic"),
            meeting(.finish, [.enter], "write the minutes and end the meeting", group: "Wrap-up", context: .meetingWrapUp, hint: "finish"),
            meeting(.backToAgenda, [.left, .char("[")], "back to the agenda", group: "Wrap-up", context: .meetingWrapUp),
            meeting(.attendance, [.char("A")], "attendance: who is here", group: "Meeting", context: .meeting),
            meeting(.questionsOpen, [.char("v")], "the anonymous questions, oldest first: mark answered or dismissed", group: "Meeting",
                    context: .meeting),
            meeting(.rotation, [.char("R")], "facilitator and note-taker rotation history", group: "Meeting", context: .meeting),
            meeting(.leave, [.char("q"), .ctrl("c")], "leave the screen (the meeting stays live until wrapped up)", group: "Meeting",
                    context: .meeting, hint: "leave"),
            meeting(.overlayClose, [.escape], "close", group: "Help, attendance, questions, rotation", context: .meetingOverlay, hint: "close"),
            meeting(.overlayUp, [.up, .char("k")], "up", group: "Help, attendance, questions, rotation", context: .meetingOverlay),
            meeting(.overlayDown, [.down, .char("j")], "down", group: "Help, attendance, questions, rotation", context: .meetingOverlay),
            // In the attendance list Space marks here / away rather than running the timer.
            meeting(.attendanceToggle, [.char(" "), .enter], "attendance: here / away", group: "Help, attendance, questions, rotation",
                    context: .meetingOverlay, hint: "here/away", shadows: true),
            meeting(.attendanceGuest, [.char("g")], "attendance: add who joined (a team member's name or a guest)", group: "Help, attendance, questions, rotation",
                    context: .meetingOverlay),
            meeting(.questionAnswered, [.char("a")], "questions: mark the selected one answered (again: open)", group: "Help, attendance, questions, rotation",
                    context: .meetingOverlay),
            meeting(.questionDismissed, [.char("d")], "questions: dismiss the selected one (again: open)", group: "Help, attendance, questions, rotation",
                    context: .meetingOverlay),
        ]
    }()
}
