import GuildCore
import TerminalGrid

/// The meeting screen's key bindings as data: the reducer looks keys up here, and help and hints are generated from it.
public struct MeetingKeymap: Sendable, Equatable {
    /// Every binding, in the order help lists them.
    public let bindings: [MeetingBinding]
    private let table: [MeetingContext: [Key: MeetingCommand]]

    /// Creates a keymap; within a context the first binding of a key wins.
    public init(bindings: [MeetingBinding]) {
        self.bindings = bindings
        var table: [MeetingContext: [Key: MeetingCommand]] = [:]
        for binding in bindings {
            for key in binding.keys where table[binding.context]?[key] == nil {
                table[binding.context, default: [:]][key] = binding.command
            }
        }
        self.table = table
    }

    /// The command a key means in `context`, narrowest context first.
    public func command(for key: Key, in context: MeetingContext) -> MeetingCommand? {
        for candidate in context.chain {
            if let command = table[candidate]?[key] { return command }
        }
        return nil
    }

    /// The groups in first-appearance order with their bindings.
    public var groups: [(name: String, bindings: [MeetingBinding])] {
        var order: [String] = []
        var members: [String: [MeetingBinding]] = [:]
        for binding in bindings {
            if members[binding.group] == nil { order.append(binding.group) }
            members[binding.group, default: []].append(binding)
        }
        return order.map { ($0, members[$0] ?? []) }
    }

    /// Status-bar hints for `context`: (key name, label), in keymap order.
    public func hints(for context: MeetingContext) -> [(key: String, label: String)] {
        let contexts = context.chain
        return bindings.compactMap { binding in
            guard contexts.contains(binding.context), let hint = binding.hint, let key = binding.keys.first else { return nil }
            return (key.displayName, hint)
        }
    }

    /// Keys bound to two commands in the same context (a narrower context taking a key from a broader one is intended).
    public var clashes: [String] {
        var result: [String] = []
        for (i, a) in bindings.enumerated() {
            for b in bindings[(i + 1)...] where a.context == b.context {
                for key in a.keys where b.keys.contains(key) {
                    result.append("key \"\(key.spec ?? key.displayName)\" is bound to both \(a.id) and \(b.id) in \(a.context.rawValue)")
                }
            }
        }
        return result
    }

    /// The bindings the meeting screen ships with.
    public static let standard: MeetingKeymap = {
        func kind(_ command: MeetingCommand, _ kind: NoteEntry.Kind, _ help: String, hint: String? = nil) -> MeetingBinding {
            MeetingBinding(command, [.char(kind.key)], help, group: "Notes (one key picks the kind)", context: .agenda, hint: hint)
        }
        return MeetingKeymap(bindings: [
            MeetingBinding(.timerToggle, [.char(" ")], "start or pause the timer", group: "Timer", context: .meeting, hint: "start/pause"),
            MeetingBinding(.itemNext, [.right, .char("]")], "next agenda item (after the last: wrap-up)", group: "Timer", context: .agenda, hint: "next"),
            MeetingBinding(.itemPrevious, [.left, .char("[")], "previous agenda item", group: "Timer", context: .agenda),
            MeetingBinding(.extendOne, [.char("e")], "extend the current item by 1 minute", group: "Timer", context: .meeting, hint: "+1m"),
            MeetingBinding(.extendFive, [.char("E")], "extend the current item by 5 minutes", group: "Timer", context: .meeting),
            MeetingBinding(.agendaUp, [.up, .char("k")], "select the agenda item above", group: "Agenda", context: .agenda),
            MeetingBinding(.agendaDown, [.down, .char("j")], "select the agenda item below", group: "Agenda", context: .agenda),
            MeetingBinding(.agendaMoveUp, [.char("K")], "move the selected item up", group: "Agenda", context: .agenda),
            MeetingBinding(.agendaMoveDown, [.char("J")], "move the selected item down", group: "Agenda", context: .agenda),
            MeetingBinding(.openReview, [.char("r")], "back to the opening review of open action items", group: "Agenda", context: .agenda),
            MeetingBinding(.wrapUp, [.char("W")], "wrap up: summary, rating and minutes", group: "Agenda", context: .agenda, hint: "wrap-up"),
            MeetingBinding(.speakerDone, [.enter], "round: the speaker is done, next person", group: "Rounds", context: .agenda, hint: "next speaker"),
            MeetingBinding(.speakerPass, [.char("x")], "round: the speaker passes", group: "Rounds", context: .agenda),
            MeetingBinding(.speakerSkip, [.tab], "round: skip for now, ask again at the end", group: "Rounds", context: .agenda),
            MeetingBinding(.speakerAway, [.char("w")], "round: the speaker is away (marked absent)", group: "Rounds", context: .agenda),
            kind(.noteNote, .note, "note", hint: "note"),
            kind(.noteDecision, .decision, "decision"),
            kind(.noteSupport, .support, "strong support"),
            kind(.noteObjection, .objection, "objection"),
            kind(.noteLearning, .learning, "learning"),
            kind(.noteSuccess, .success, "success"),
            kind(.noteFrustration, .frustration, "frustration"),
            kind(.notePairing, .pairing, "pairing experience"),
            MeetingBinding(.noteAction, [.char("a")], "action item: text @owner due:fri #tag", group: "Notes (one key picks the kind)", context: .agenda,
                           hint: "action"),
            MeetingBinding(.noteParking, [.char("P")], "parking lot: a topic to go deeper on later", group: "Notes (one key picks the kind)",
                           context: .agenda),
            MeetingBinding(.anonymousQuestion, [.char("Q")], "anonymous question (no name, no time kept)", group: "Notes (one key picks the kind)",
                           context: .meeting),
            MeetingBinding(.composeSave, [.enter], "save the note", group: "Typing a note", context: .compose, hint: "save"),
            MeetingBinding(.composeCancel, [.escape], "cancel the note", group: "Typing a note", context: .compose, hint: "cancel"),
            MeetingBinding(.reviewUp, [.up, .char("k")], "previous action item", group: "Opening review", context: .review),
            MeetingBinding(.reviewDown, [.down, .char("j")], "next action item", group: "Opening review", context: .review),
            MeetingBinding(.reviewDone, [.char("d")], "mark done", group: "Opening review", context: .review, hint: "done"),
            MeetingBinding(.reviewCarryOver, [.char("c")], "carry over to the next meeting", group: "Opening review", context: .review, hint: "carry over"),
            MeetingBinding(.reviewDrop, [.char("x")], "drop", group: "Opening review", context: .review, hint: "drop"),
            MeetingBinding(.reviewFinish, [.right, .char("]"), .enter], "go on to the agenda", group: "Opening review", context: .review, hint: "agenda"),
            MeetingBinding(.rate1, [.char("1")], "anonymous rating 1 of 5", group: "Wrap-up", context: .wrapUp),
            MeetingBinding(.rate2, [.char("2")], "anonymous rating 2 of 5", group: "Wrap-up", context: .wrapUp),
            MeetingBinding(.rate3, [.char("3")], "anonymous rating 3 of 5", group: "Wrap-up", context: .wrapUp),
            MeetingBinding(.rate4, [.char("4")], "anonymous rating 4 of 5", group: "Wrap-up", context: .wrapUp),
            MeetingBinding(.rate5, [.char("5")], "anonymous rating 5 of 5", group: "Wrap-up", context: .wrapUp, hint: "rate 1–5"),
            MeetingBinding(.skipFacilitator, [.char("f")], "next time: skip the proposed facilitator", group: "Wrap-up", context: .wrapUp),
            MeetingBinding(.skipNoteTaker, [.char("n")], "next time: skip the proposed note-taker", group: "Wrap-up", context: .wrapUp),
            MeetingBinding(.swapRoles, [.char("w")], "next time: swap facilitator and note-taker", group: "Wrap-up", context: .wrapUp),
            MeetingBinding(.parkingUp, [.up, .char("k")], "previous parking-lot topic", group: "Wrap-up", context: .wrapUp),
            MeetingBinding(.parkingDown, [.down, .char("j")], "next parking-lot topic", group: "Wrap-up", context: .wrapUp),
            MeetingBinding(.promoteTopic, [.char("t")], "propose the selected parking-lot topic for a future session", group: "Wrap-up",
                           context: .wrapUp, hint: "to topic"),
            MeetingBinding(.finish, [.enter], "write the minutes and end the meeting", group: "Wrap-up", context: .wrapUp, hint: "finish"),
            MeetingBinding(.backToAgenda, [.left, .char("[")], "back to the agenda", group: "Wrap-up", context: .wrapUp),
            MeetingBinding(.attendance, [.char("A")], "attendance: who is here", group: "Meeting", context: .meeting),
            MeetingBinding(.rotation, [.char("R")], "facilitator and note-taker rotation history", group: "Meeting", context: .meeting),
            MeetingBinding(.help, [.char("?")], "show or hide this help", group: "Meeting", context: .meeting, hint: "help"),
            MeetingBinding(.leave, [.char("q"), .ctrl("c")], "leave the screen (the meeting stays live until wrapped up)", group: "Meeting",
                           context: .meeting, hint: "leave"),
            MeetingBinding(.overlayClose, [.escape], "close", group: "Help, attendance, rotation", context: .overlay, hint: "close"),
            MeetingBinding(.overlayUp, [.up, .char("k")], "up", group: "Help, attendance, rotation", context: .overlay),
            MeetingBinding(.overlayDown, [.down, .char("j")], "down", group: "Help, attendance, rotation", context: .overlay),
            MeetingBinding(.attendanceToggle, [.char(" "), .enter], "attendance: here / away", group: "Help, attendance, rotation",
                           context: .overlay, hint: "here/away"),
        ])
    }()
}
