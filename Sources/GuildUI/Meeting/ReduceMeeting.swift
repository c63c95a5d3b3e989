import Foundation
import GuildCore
import TerminalGrid

/// Applies one action to the meeting state and returns what the runtime must do; pure (no I/O: the clock comes in
/// actions, new ids from `state.ids`). A change shows on screen only once the store has it (`.saved`).
///
/// On the shared screen, whatever the action changed in the meeting's progress (apart from the clock running on) is
/// saved at once as the progress record, before any other effect, so a restart resumes exactly there.
public func reduceMeeting(_ state: inout MeetingState, _ action: MeetingAction) -> [MeetingEffect] {
    guard state.role == .shared, state.step != .finished else { return applyMeeting(&state, action) }
    if case .saved(let save) = action, save.purpose == .meetingProgress { return applyMeeting(&state, action) }
    var before = state.progress().withoutTimes
    var effects = applyMeeting(&state, action)
    if case .tick = action { return effects }
    // Votes from other terminals are in the store already: taking them in is no change to save (nor a time to record).
    if case .storeReloaded = action { before.ratings = state.progress().ratings }
    let after = state.progress()
    if after.withoutTimes != before { effects.insert(.save(state.progressRecordSave(after)), at: 0) }
    return effects
}

/// `reduceMeeting` without the progress save.
private func applyMeeting(_ state: inout MeetingState, _ action: MeetingAction) -> [MeetingEffect] {
    switch action {
    case .key(let key):
        return state.press(key)
    case .tick(let date):
        state.advanceClock(to: date)
    case .resized(let size):
        state.size = size
    case .storeReloaded(let data, let notes):
        state.reload(data, notes: notes)
    case .saved(let save):
        return state.confirm(save)
    case .saveFailed(let save, let reason):
        state.refuse(save, reason: reason)
    case .minutesWritten(let path):
        state.minutesPath = path
        state.notify("Minutes written to \(path)")
    case .minutesFailed(let reason):
        state.notify("Minutes not written: " + reason, isError: true)
    case .quitSignalReceived:
        // The meeting stays live and resumes with `guild meeting`; what changed so far is kept.
        state.shouldQuit = true
        if let save = state.progressSave() { return [.save(save)] }
    }
    return []
}

extension MeetingState {
    mutating func press(_ key: Key) -> [MeetingEffect] {
        switch key {
        case .resize(let newSize):
            size = newSize
            return []
        case .mouse:
            return []
        default:
            break
        }
        message = nil
        messageIsError = false
        if composer != nil { return type(key) }
        let namingTakeBack = takingBack
        takingBack = false
        guard let command = keymap.command(MeetingCommand.self, for: key, in: keyContext) else { return [] }
        if namingTakeBack, let value = Self.ratingCommands.firstIndex(of: command).map({ $0 + 1 }) { return takeBack(value) }
        return run(command)
    }

    /// The rating keys, 1 to 5.
    private static let ratingCommands: [MeetingCommand] = [.rate1, .rate2, .rate3, .rate4, .rate5]

    /// Takes back one vote of `value` given on this screen (named after a restart, when the order is not kept).
    private mutating func takeBack(_ value: Int) -> [MeetingEffect] {
        guard let index = ratings.lastIndex(of: value) else {
            message = "No \(value) was given on this screen: nothing taken back"
            return []
        }
        ratings.remove(at: index)
        if let given = ratingsGivenHere.lastIndex(of: value) { ratingsGivenHere.remove(at: given) }
        let count = allRatings.count
        message = "Rating \(value) taken back: \(count) anonymous rating\(count == 1 ? "" : "s") so far"
        return []
    }

    /// Runs a command in the current context.
    mutating func run(_ command: MeetingCommand) -> [MeetingEffect] {
        advanceClock(to: now)
        if let kind = command.noteKind {
            composer = NoteComposer(.note(kind))
            return []
        }
        switch command {
        case .help:
            if case .help? = overlay { overlay = nil } else { overlay = .help(scroll: 0) }
        case .leave:
            // The meeting stays live; what changed so far (attendance, order, extensions) is kept for when it resumes:
            // the screen closes once the store has it (or, after a refusal, on the next leave without it).
            if !leaveUnsaved, let save = progressSave() {
                notify("Saving…")
                return [.save(save)]
            }
            shouldQuit = true
            return [.leave]
        case .timerToggle, .extendOne, .extendFive, .itemNext, .itemPrevious, .agendaMoveUp, .agendaMoveDown,
             .speakerDone, .speakerPass, .speakerSkip, .speakerAway, .openReview, .wrapUp, .reviewFinish:
            return runClockCommand(command)
        case .attendance:
            overlay = .attendance(row: 0)
        case .rotation:
            overlay = .rotation(scroll: 0)
        case .anonymousQuestion:
            composer = NoteComposer(.anonymousQuestion)
        case .noteAction:
            composer = NoteComposer(.action)
        case .noteParking:
            composer = NoteComposer(.parking)
        case .agendaUp:
            agendaRow = max(0, agendaRow - 1)
        case .agendaDown:
            agendaRow = min(max(0, timer.slots.count - 1), agendaRow + 1)
        case .reviewUp:
            reviewRow = max(0, reviewRow - 1)
        case .reviewDown:
            reviewRow = min(max(0, review.count - 1), reviewRow + 1)
        case .reviewDone:
            return decideReview(.done)
        case .reviewCarryOver:
            return decideReview(.carriedOver)
        case .reviewRedate:
            guard review.indices.contains(reviewRow) else { return [] }
            let item = data.actions[review[reviewRow].id] ?? review[reviewRow]
            let owner = item.owner.flatMap { data.people[$0] }.map { "@" + $0.handle + " " } ?? ""
            composer = NoteComposer(.carryOver(item.id), text: owner + (item.due.map { "due:\($0)" } ?? ""))
        case .reviewDrop:
            return decideReview(.dropped)
        case .rate1, .rate2, .rate3, .rate4, .rate5:
            guard role == .shared else { return [] }
            let value = Self.ratingCommands.firstIndex(of: command)! + 1
            ratings.append(value)
            ratingsGivenHere.append(value)
            let count = allRatings.count
            message = "Thanks: \(count) anonymous rating\(count == 1 ? "" : "s") so far · \(keyName(.unrate)) takes a mistyped one back"
        case .unrate:
            guard role == .shared else { return [] }
            guard let value = ratingsGivenHere.popLast(), let index = ratings.lastIndex(of: value) else {
                guard !ratings.isEmpty else {
                    message = "No rating given on this screen to take back"
                    return []
                }
                // Given before the screen restarted: the progress record keeps the votes, never their order, so the
                // next rating key names the one to take back.
                takingBack = true
                message = "Which rating to take back? \(keyName(.rate1))–\(keyName(.rate5)) names it (any other key keeps them all)"
                return []
            }
            ratings.remove(at: index)
            let count = allRatings.count
            message = "Rating taken back: \(count) anonymous rating\(count == 1 ? "" : "s") so far"
        case .agendaAdd:
            guard role == .shared else { return sharedScreenOnly() }
            composer = NoteComposer(.agendaItem)
        case .agendaRename:
            guard role == .shared else { return sharedScreenOnly() }
            guard timer.slots.indices.contains(agendaRow) else { return [] }
            composer = NoteComposer(.renameItem(timer.slots[agendaRow].id), text: timer.slots[agendaRow].title)
        case .agendaRetime:
            guard role == .shared else { return sharedScreenOnly() }
            guard timer.slots.indices.contains(agendaRow) else { return [] }
            let slot = timer.slots[agendaRow]
            composer = NoteComposer(.retimeItem(slot.id), text: String(Int((slot.plannedSeconds / 60).rounded(.up))))
        case .attendanceGuest:
            guard case .attendance? = overlay else { return [] }
            guard role == .shared else { return sharedScreenOnly() }
            composer = NoteComposer(.attendee)
        case .questionsOpen:
            overlay = .questions(row: 0)
        case .questionAnswered, .questionDismissed:
            guard case .questions(let row)? = overlay, questions.indices.contains(row) else { return [] }
            guard role == .shared else { return sharedScreenOnly() }
            let id = questions[row].id
            let status: MeetingProgress.QuestionStatus = command == .questionAnswered ? .answered : .dismissed
            questionStatus[id] = questionStatus[id] == status ? nil : status
            message = questionStatus[id] == nil ? "Question open again" : (status == .answered ? "Question answered" : "Question dismissed")
            overlay = .questions(row: min(row + 1, questions.count - 1))
        case .skipFacilitator:
            if let fixed = series?.keptFacilitator {
                message = "\(data.name(of: fixed)) facilitates every meeting of this series; only the note-taker rotates"
            } else if let person = nextRotation?.facilitator {
                rotationSkips.insert(person)
            }
        case .skipNoteTaker:
            if let person = nextRotation?.noteTaker { rotationSkips.insert(person) }
        case .swapRoles:
            if let fixed = series?.keptFacilitator {
                message = "\(data.name(of: fixed)) facilitates every meeting of this series; only the note-taker rotates"
            } else {
                rotationSwapped.toggle()
            }
        case .parkingUp:
            parkingRow = max(0, parkingRow - 1)
        case .parkingDown:
            parkingRow = min(max(0, parked.count - 1), parkingRow + 1)
        case .promoteTopic:
            return promoteParked()
        case .finish:
            return finish()
        case .backToAgenda:
            step = .agenda
        case .overlayClose:
            overlay = nil
        case .overlayUp, .overlayDown:
            moveOverlay(by: command == .overlayUp ? -1 : 1)
        case .attendanceToggle:
            // Enter in the notes list edits; in the attendance list Space and Enter mark here / away.
            if case .notes? = overlay { return editSelectedNote() }
            toggleAttendance()
        case .notesOpen:
            overlay = .notes(row: max(0, notes.count - 1))
        case .noteEdit:
            return editSelectedNote()
        case .noteDelete:
            return deleteSelectedNote()
        case .noteUndo:
            return undoNoteChange()
        case .composeSave, .composeCancel, .composeKindNext, .composeKindPrevious, .noteNote, .noteDecision, .noteSupport, .noteObjection,
             .noteLearning, .noteSuccess, .noteFrustration, .notePairing:
            break
        }
        return []
    }

    /// The note-taker's view leaves running the meeting to the shared screen, and says so.
    private mutating func sharedScreenOnly() -> [MeetingEffect] {
        message = "The agenda, attendance and questions are run from the shared screen"
        return []
    }

    /// Timer, agenda and round commands: the shared screen runs the clock; the note-taker's view says so.
    private mutating func runClockCommand(_ command: MeetingCommand) -> [MeetingEffect] {
        guard role == .shared else {
            message = "The timer, rounds and wrap-up run on the shared screen"
            return []
        }
        // Once finished, the times are the minutes': a key here must not seem to change them (nothing would be saved).
        guard step != .finished || !MeetingCommand.clockCommands.contains(command) else {
            message = "The meeting is finished: its times are in the minutes"
            return []
        }
        switch command {
        case .timerToggle:
            timer.toggle(at: now)
            message = timer.isRunning ? "Timer running" : "Timer paused"
        case .extendOne, .extendFive:
            let minutes = command == .extendOne ? 1 : 5
            guard let slot = timer.current else { return [] }
            // An item's timebox stays within what a session can hold (24 hours), however often it is extended.
            guard slot.plannedSeconds + TimeInterval(minutes * 60) <= 24 * 3600 else {
                message = "\"\(slot.title)\" is already planned for \(TimerText.elapsed(slot.plannedSeconds)): no more extensions"
                return []
            }
            timer.extend(byMinutes: minutes)
            agendaEdited = true
            let plan = planAgainstSlot
            notify("Extended \"\(slot.title)\" by \(minutes) minute\(minutes == 1 ? "" : "s") · plan \(plan.text)", isError: plan.isOver)
        case .itemNext:
            if timer.next(at: now) {
                enterCurrentItem()
            } else {
                step = .wrapUp
            }
        case .itemPrevious:
            if timer.previous(at: now) { enterCurrentItem() }
        case .agendaMoveUp, .agendaMoveDown:
            let row = timer.move(agendaRow, by: command == .agendaMoveUp ? -1 : 1)
            if row != agendaRow { agendaEdited = true }
            agendaRow = row
        case .openReview:
            step = .review
        case .reviewFinish:
            step = .agenda
            enterCurrentItem()
        case .wrapUp:
            step = .wrapUp
        case .speakerDone, .speakerPass, .speakerSkip, .speakerAway:
            return runRound(command)
        default:
            break
        }
        return []
    }

    /// Round commands; Enter outside a round starts a note instead.
    private mutating func runRound(_ command: MeetingCommand) -> [MeetingEffect] {
        guard let id = timer.current?.id, var round = rounds[id] else {
            if command == .speakerDone {
                composer = NoteComposer(.note(.note))
            } else {
                message = "Not a round: pass, skip and away work while a round is on"
            }
            return []
        }
        guard let speaker = round.speaker else {
            message = round.hasNobody
                ? "Nobody is here for this round: \(keyName(.attendance)) marks who is here or adds a guest"
                : "Everyone has had a turn: → for the next item"
            return []
        }
        switch command {
        case .speakerDone: round.finishTurn()
        case .speakerPass: round.pass()
        case .speakerSkip: round.skip()
        case .speakerAway:
            round.markAway()
            absent.insert(speaker)
        default: break
        }
        rounds[id] = round
        if round.isFinished {
            message = round.notHeardYet.isEmpty ? "Round complete" : "Round over; not heard: " + round.notHeardYet.map { name(of: $0) }.joined(separator: ", ")
        }
        return []
    }

    /// Types into the composer: every printable key is text. Enter saves, Esc cancels, Tab / S-Tab change the kind
    /// (keys that print nothing, so a note can begin with any letter).
    private mutating func type(_ key: Key) -> [MeetingEffect] {
        // While the store has the line, it stays as it is.
        guard var draft = composer, !draft.isSaving else { return [] }
        if let command = keymap.command(MeetingCommand.self, for: key, in: .meetingCompose), !key.isPrintable {
            switch command {
            case .composeCancel:
                composer = nil
                return []
            case .composeSave:
                return submit(draft)
            case .composeKindNext, .composeKindPrevious:
                if !draft.changeKind(by: command == .composeKindNext ? 1 : -1) {
                    switch draft.purpose {
                    case .edit, .carryOver: message = "An edit keeps its kind"
                    default: message = "\(draft.label): this line is not a note, its kind does not change"
                    }
                }
                composer = draft
                return []
            default:
                break
            }
        }
        _ = draft.field.handle(key)
        composer = draft
        return []
    }

    /// Turns the typed line into a note, an action item, a parking-lot entry or an anonymous question, and asks the
    /// store for it; the line stays (marked saving) until the store answers.
    private mutating func submit(_ draft: NoteComposer) -> [MeetingEffect] {
        let text = draft.field.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            composer = nil
            return []
        }
        // Both views know the item on now (the note-taker's from the shared screen's progress record); only a round
        // contribution is credited to someone: the speaker whose turn it is. Other notes never guess an author: they
        // carry the role of whoever typed them (the shared screen is the facilitator's), anonymous questions nothing.
        let follows = isFollowing
        let itemID = follows && step == .agenda ? timer.current?.id : nil
        let roundKinds: Set<NoteEntry.Kind> = [.success, .frustration, .learning, .pairing]
        let speaker: UUID? = if case .note(let kind) = draft.purpose, roundKinds.contains(kind), follows { currentRound?.speaker } else { nil }
        let note: NoteEntry
        switch draft.purpose {
        case .edit(let id):
            return saveEdit(of: id, text: text)
        case .carryOver(let id):
            return carryOver(id, as: text)
        case .agendaItem:
            return addAgendaItem(text)
        case .renameItem(let id):
            return renameAgendaItem(id, to: text)
        case .retimeItem(let id):
            return retimeAgendaItem(id, text)
        case .attendee:
            return addAttendee(text)
        case .note(.question), .anonymousQuestion:
            note = AnonymousQuestion.note(text, session: session, id: ids.next())
        case .note(let kind):
            note = NoteEntry(id: ids.next(), sessionID: session.id, kind: kind, text: text, author: speaker, agendaItemID: itemID,
                             writer: role.writer, createdAt: now)
        case .parking:
            var parked = ParkingLot.note(text, id: ids.next(), sessionID: session.id, agendaItemID: itemID, at: now)
            parked.writer = role.writer
            note = parked
        case .action:
            let parsed: QuickAdd
            do {
                parsed = try QuickAdd.parse(text, now: now, calendar: calendar)
            } catch {
                message = "Action item: \(error)"
                return []
            }
            var owner: UUID?
            if let handle = parsed.ownerHandle {
                guard let person = data.person(handle: handle) else {
                    message = "No one has the handle @\(handle)" + QuickAddBar.didYouMean(handle, data: data)
                    return []
                }
                owner = person.id
            }
            let item = ActionItem(id: ids.next(), title: parsed.title, owner: owner, due: parsed.due, sessionID: session.id, tag: parsed.tag,
                                  createdAt: now)
            let confirmation = "Action item for \(owner.map { "@" + (data.people[$0]?.handle ?? "?") } ?? "no one yet")"
                + (parsed.due.map { ", due \($0)" } ?? "")
            composer?.isSaving = true
            return [.save(MeetingSave(item, base: nil, purpose: .actionItem, confirmation: confirmation))]
        }
        composer?.isSaving = true
        return [.save(MeetingSave(note, base: nil, purpose: .note, confirmation: "\(draft.label) saved"))] + feedRecords(from: note)
    }

    /// Adds the typed `Title=minutes` item after the selected one; a mistyped line stays open with the reason.
    private mutating func addAgendaItem(_ text: String) -> [MeetingEffect] {
        let parsed: [AgendaItem]
        do {
            parsed = try AgendaText.parse(text, existing: [], data: data, newID: { _ in session.id })  // the id is given below
        } catch {
            message = error.message
            return []
        }
        guard parsed.count == 1, var item = parsed.first else {
            message = "One item at a time: Title=minutes"
            return []
        }
        do { try item.validate() } catch {
            message = "Agenda item: \(error.message)"
            return []
        }
        guard DisplayWidth.of(item.title) <= TextLimit.title else {
            message = "Agenda item: the title is longer than \(TextLimit.title) characters"
            return []
        }
        item.id = ids.next()
        let index = timer.insert(AgendaTimer.Slot(item), at: timer.slots.isEmpty ? 0 : agendaRow + 1)
        agendaRow = index
        agendaEdited = true
        composer = nil
        notify("Added \"\(item.title)\" (\(item.minutes) min) as item \(index + 1) · plan \(planAgainstSlot.text)", isError: planAgainstSlot.isOver)
        return []
    }

    /// Gives the agenda item a new title.
    private mutating func renameAgendaItem(_ id: UUID, to title: String) -> [MeetingEffect] {
        guard let index = timer.slots.firstIndex(where: { $0.id == id }) else {
            composer = nil
            return []
        }
        guard DisplayWidth.of(title) <= TextLimit.title else {
            message = "The title is longer than \(TextLimit.title) characters"
            return []
        }
        composer = nil
        guard timer.slots[index].title != title else { return [] }
        timer.rename(index, to: title)
        agendaEdited = true
        notify("Item \(index + 1) is now \"\(title)\"")
        return []
    }

    /// Gives the agenda item a new timebox of whole minutes (1–600).
    private mutating func retimeAgendaItem(_ id: UUID, _ text: String) -> [MeetingEffect] {
        guard let index = timer.slots.firstIndex(where: { $0.id == id }) else {
            composer = nil
            return []
        }
        var digits = Substring(text)
        if digits.hasSuffix("m") { digits = digits.dropLast() }
        guard let minutes = Int(digits.trimmingCharacters(in: .whitespaces)), (1...600).contains(minutes),
              digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == " ") }) else {
            message = "A timebox is whole minutes from 1 to 600, e.g. 15"
            return []
        }
        composer = nil
        timer.retime(index, seconds: TimeInterval(minutes * 60))
        agendaEdited = true
        let plan = planAgainstSlot
        notify("\"\(timer.slots[index].title)\" now has \(minutes) min · plan \(plan.text)", isError: plan.isOver)
        return []
    }

    /// Marks here who turned up: a team member named by name or @handle (expected or not), else a guest by the name
    /// typed. They join a round that is on at its end.
    private mutating func addAttendee(_ text: String) -> [MeetingEffect] {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard DisplayWidth.of(name) <= TextLimit.name else {
            message = "A name is at most \(TextLimit.name) characters"
            return []
        }
        let folded = { (s: String) in s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        let id: UUID
        if let person = data.person(handle: name) ?? data.people.values.first(where: { folded($0.name) == folded(name) }) {
            id = person.id
        } else if let guest = guests.first(where: { folded($0.value) == folded(name) })?.key {
            id = guest
        } else {
            id = ids.next()
            guests[id] = name
        }
        composer = nil
        let wasHere = expected.contains(id) && !absent.contains(id)
        markHere(id)
        if case .attendance? = overlay, let row = attendanceRows.firstIndex(of: id) { overlay = .attendance(row: row) }
        notify(wasHere ? "\(self.name(of: id)) is already here" : "\(self.name(of: id)) is here")
        return []
    }

    /// Marks `id` here (adding them to who is expected) and lets them join the round that is on.
    private mutating func markHere(_ id: UUID) {
        if !expected.contains(id) { expected = arranged(expected + [id]) }
        absent.remove(id)
        if let item = timer.current?.id, var round = rounds[item] {
            round.join(id)
            rounds[item] = round
        }
    }

    /// A learning also goes to the team's learnings log, with the session as its context; a pairing experience to
    /// the feedback of the pairing round the speaker was drawn in (seed 002, 004).
    private mutating func feedRecords(from note: NoteEntry) -> [MeetingEffect] {
        switch note.kind {
        case .learning:
            // A guest is not one of the team's people: the log keeps the learning without an author.
            let learning = Learning(id: note.id, kind: .lesson, text: note.text, context: session.title, sessionID: session.id,
                                    author: note.author.flatMap { data.people[$0] == nil ? nil : $0 }, createdAt: note.createdAt)
            return [.save(MeetingSave(learning, base: nil, purpose: .teamRecord, confirmation: "Learning saved · in the learnings log"))]
        case .pairing:
            let rounds = data.pairingRounds.values.filter { $0.drawnAt <= now }
            guard let base = rounds.max(by: { ($0.drawnAt, $0.id.uuidString) < ($1.drawnAt, $1.id.uuidString) }) else {
                return []
            }
            guard let author = note.author, let group = base.group(of: author) else { return [] }
            var round = base
            round.note(PairingFeedback(id: note.id, groupID: group.id, author: author, text: note.text, shared: true, createdAt: note.createdAt))
            return [.save(MeetingSave(round, base: base, purpose: .teamRecord, confirmation: "Pairing saved · in the pairing round's feedback"))]
        default:
            return []
        }
    }

    /// The note selected in the notes list.
    private var selectedNote: NoteEntry? {
        guard case .notes(let row)? = overlay, notes.indices.contains(row) else { return nil }
        return notes[row]
    }

    /// Opens the composer on the selected note's text.
    private mutating func editSelectedNote() -> [MeetingEffect] {
        guard let note = selectedNote else {
            message = "No note to edit yet"
            return []
        }
        overlay = nil
        composer = NoteComposer(.edit(note.id), text: note.text)
        return []
    }

    /// Asks the store for new text of a note; its kind, author, item and time stay.
    private mutating func saveEdit(of id: UUID, text: String) -> [MeetingEffect] {
        guard let before = notes.first(where: { $0.id == id }) else {
            composer = nil
            message = "That note is gone (deleted on another screen); the text was not saved"
            return []
        }
        guard before.text != text else {
            composer = nil
            return []
        }
        var after = before
        after.text = text
        after.updatedAt = max(now, before.updatedAt)
        composer?.isSaving = true
        let change = MeetingNoteChange(before: before, after: after)
        return [.save(MeetingSave(after, base: before, purpose: .noteFix(change, undo: false), confirmation: "Note changed · u takes it back"))]
    }

    /// Asks the store to delete the selected note (u brings it back).
    private mutating func deleteSelectedNote() -> [MeetingEffect] {
        guard let note = selectedNote else {
            message = "No note to delete"
            return []
        }
        let change = MeetingNoteChange(before: note, after: nil)
        return [.save(MeetingSave(RecordChange(before: RecordValue(note), after: nil), purpose: .noteFix(change, undo: false),
                                  confirmation: "Note deleted · u brings it back"))]
    }

    /// Takes back the latest note saved, edited or deleted on this screen.
    private mutating func undoNoteChange() -> [MeetingEffect] {
        guard let change = noteChanges.last else {
            message = "Nothing to undo"
            return []
        }
        let current = change.after.flatMap { after in notes.first { $0.id == after.id } } ?? change.after
        var restored = change.before
        if var before = restored {
            before.updatedAt = max(now, current?.updatedAt ?? before.updatedAt)
            if let current { before.agendaItemID = current.agendaItemID }
            restored = before
        }
        let back = MeetingNoteChange(before: current, after: restored)
        let confirmation = restored == nil ? "Note taken back" : current == nil ? "Note restored" : "Edit taken back"
        return [.save(MeetingSave(RecordChange(before: current.map { RecordValue($0) }, after: restored.map { RecordValue($0) }),
                                  purpose: .noteFix(back, undo: true), confirmation: confirmation))]
    }

    /// Carries an action item over with the owner and due date typed (`@handle due:fri`); a mistyped one keeps the
    /// line open with the reason.
    private mutating func carryOver(_ id: UUID, as text: String) -> [MeetingEffect] {
        guard let base = data.actions[id] ?? review.first(where: { $0.id == id }) else {
            composer = nil
            return []
        }
        let parsed: QuickAdd
        do {
            parsed = try QuickAdd.parse("carry " + text, now: now, calendar: calendar)
        } catch {
            message = "Carry over: \(error)"
            return []
        }
        guard parsed.title == "carry", parsed.tag == nil else {
            message = "Carry over takes only @owner and due:date, e.g. @zoe due:fri"
            return []
        }
        var item = base
        if let handle = parsed.ownerHandle {
            guard let person = data.person(handle: handle) else {
                message = "No one has the handle @\(handle)" + QuickAddBar.didYouMean(handle, data: data)
                return []
            }
            item.owner = person.id
        }
        if let due = parsed.due { item.due = due }
        if item.status != .open { item.setDone(false, at: now) }
        let confirmation = "Carried over: \(data.name(of: item.owner))" + (item.due.map { ", due \($0)" } ?? "")
        guard item != base else {
            composer = nil
            if let row = review.firstIndex(where: { $0.id == id }) { reviewRow = row }
            recordReview(id, .carriedOver)
            notify(confirmation)
            return []
        }
        item.updatedAt = now
        composer?.isSaving = true
        if let row = review.firstIndex(where: { $0.id == id }) { reviewRow = row }
        return [.save(MeetingSave(item, base: data.actions[id], purpose: .review(.carriedOver), confirmation: confirmation))]
    }

    /// Decides the selected review item; a decision that changes the item shows once the store has it.
    private mutating func decideReview(_ outcome: ReviewOutcome) -> [MeetingEffect] {
        guard review.indices.contains(reviewRow) else { return [] }
        let id = review[reviewRow].id
        let base = data.actions[id] ?? review[reviewRow]
        var item = base
        switch outcome {
        case .done:
            item.setDone(true, at: now)
        case .dropped:
            item.status = .dropped
            item.completedAt = nil
            item.updatedAt = now
        case .carriedOver:
            if item.status != .open { item.setDone(false, at: now) }
        }
        guard item != base else {
            recordReview(id, outcome)
            return []
        }
        return [.save(MeetingSave(item, base: data.actions[id], purpose: .review(outcome)))]
    }

    /// Notes the outcome of a review item and moves on to the next one.
    private mutating func recordReview(_ id: UUID, _ outcome: ReviewOutcome) {
        reviewOutcomes[id] = outcome
        if review.indices.contains(reviewRow), review[reviewRow].id == id { reviewRow = min(review.count - 1, reviewRow + 1) }
    }

    private mutating func promoteParked() -> [MeetingEffect] {
        let list = parked
        guard list.indices.contains(parkingRow) else {
            message = "The parking lot is empty"
            return []
        }
        let note = list[parkingRow]
        guard !ParkingLot.isPromoted(note, topics: data.topics.values) else {
            message = "Already proposed as a topic"
            return []
        }
        let topic = ParkingLot.topic(from: note, id: ids.next(), sessionTitle: session.title, day: today, at: now)
        return [.save(MeetingSave(topic, base: nil, purpose: .topic, confirmation: "Proposed \"\(topic.title)\" as a topic for a future session"))]
    }

    /// Ends the meeting: asks the store to mark the held record done (with the ratings); the wrap-up finishes once it has.
    private mutating func finish() -> [MeetingEffect] {
        guard role == .shared else { return [] }
        var held = progressRecord()
        held.status = .done
        // Sorted, so the order of the votes says nothing about who voted what.
        if !allRatings.isEmpty { held.ratings = allRatings.sorted() }
        held.updatedAt = now
        notify("Saving…")
        return [.save(MeetingSave(held, base: session, purpose: .finish))]
    }

    /// The store has the held record done: the clock stops, the minutes are written and the series learns who
    /// facilitates and takes notes next time.
    private mutating func finished(_ held: Session) -> [MeetingEffect] {
        // The rotation counts this meeting as it ran (live), as the wrap-up showed it.
        let next = nextRotation
        decidedNext = next.map { MeetingProgress.NextRoles(facilitator: $0.facilitator, noteTaker: $0.noteTaker) }
        timer.pause(at: now)
        adopt(held)
        step = .finished
        notify("Writing the minutes…")
        var effects: [MeetingEffect] = [.writeMinutes(sessionID: held.id, markdown: minutes().markdown)]
        if let base = series, let next {
            var updated = base
            updated.facilitator = next.facilitator
            updated.noteTaker = next.noteTaker
            if updated != base {
                updated.updatedAt = now
                effects.append(.save(MeetingSave(updated, base: base, purpose: .rotation)))
            }
        }
        return effects
    }

    /// The held record with what the meeting changed so far — who is here (when that differs from the record), the
    /// agenda's order and extensions (when changed here) — and every other field as the record has it.
    public func progressRecord() -> Session {
        var held = session
        // Guests are not the team's people: they stay in the progress record only.
        let here = present.filter { data.people[$0] != nil }
        if Set(here) != Set(session.attendees) { held.attendees = here }
        if agendaEdited {
            let timed = timer.agenda(from: session.agenda, excluding: [session.id])
            // Items added to the record elsewhere during the meeting stay, after the timed ones.
            held.agenda = timed + session.agenda.filter { item in !timed.contains { $0.id == item.id } }
        }
        if held != session { held.updatedAt = now }
        return held
    }

    /// The save that keeps the meeting's progress (shared screen, not finished), or nil when it changed nothing.
    func progressSave() -> MeetingSave? {
        guard role == .shared, step != .finished else { return nil }
        let held = progressRecord()
        guard held != session else { return nil }
        return MeetingSave(held, base: session, purpose: .progress)
    }

    /// The store has the change: it shows now (the record as stored, with what others changed meanwhile).
    mutating func confirm(_ save: MeetingSave) -> [MeetingEffect] {
        if case .noteFix(let change, let undo) = save.purpose {
            // A deleted note has no record after the change.
            if let confirmation = save.confirmation { notify(confirmation) }
            applyNoteFix(change, stored: save.record)
            if undo { _ = noteChanges.popLast() } else { noteChanges.append(change) }
            if composer?.isSaving == true { composer = nil }
            if case .notes(let row)? = overlay { overlay = .notes(row: min(row, max(0, notes.count - 1))) }
            return []
        }
        guard let stored = save.record else { return [] }
        if let confirmation = save.confirmation { notify(confirmation) }
        switch (save.purpose, stored.record) {
        case (.note, let note as NoteEntry):
            notes = MeetingState.sorted(notes.filter { $0.id != note.id } + [note])
            noteChanges.append(MeetingNoteChange(before: nil, after: note))
            if AnonymousQuestion.isAnonymous(note), !questionOrder.contains(note.id) { questionOrder.append(note.id) }
            if composer?.isSaving == true { composer = nil }
        case (.actionItem, let item as ActionItem):
            data.upsert(item)
            if composer?.isSaving == true { composer = nil }
        case (.review(let outcome), let item as ActionItem):
            data.upsert(item)
            recordReview(item.id, outcome)
            if composer?.isSaving == true { composer = nil }
        case (.topic, let topic as Topic):
            data.upsert(topic)
        case (.progress, let held as Session):
            adopt(held)
            shouldQuit = true
            return [.leave]
        case (.finish, let held as Session):
            return finished(held)
        case (.rotation, let series as Session):
            data.upsert(series)
        case (.meetingProgress, let progress as MeetingProgress):
            data.upsert(progress)
            remoteVotes = progress.ratings.filter { !isLocalVote($0) }
        case (.teamRecord, let record):
            data.upsert(record)
        default:
            break
        }
        return []
    }

    /// Puts a note change the store has on screen: the note as stored, or gone when deleted.
    private mutating func applyNoteFix(_ change: MeetingNoteChange, stored: RecordValue?) {
        guard let id = (change.after ?? change.before)?.id else { return }
        notes.removeAll { $0.id == id }
        if let note = stored?.as(NoteEntry.self) { notes = MeetingState.sorted(notes + [note]) }
    }

    /// The save of the meeting's progress record against the version the store last gave this meeting.
    func progressRecordSave(_ progress: MeetingProgress) -> MeetingSave {
        MeetingSave(progress, base: data.meetings[session.id], purpose: .meetingProgress)
    }

    /// The first save of a new meeting's progress record (shared screen, none stored yet), or nil.
    public func firstProgressSave() -> MeetingSave? {
        guard role == .shared, step != .finished, data.meetings[session.id] == nil else { return nil }
        return progressRecordSave(progress())
    }

    /// The store refused the change: nothing changed on screen; the status line names the record and says why, and a
    /// typed line stays to be saved again.
    mutating func refuse(_ save: MeetingSave, reason: String) {
        let what = save.change.subject.map { $0.label(in: data) } ?? "the change"
        notify("Not saved: \(what): \(reason)", isError: true)
        switch save.purpose {
        case .note, .actionItem, .noteFix, .review:
            composer?.isSaving = false
        case .progress where !shouldQuit:
            leaveUnsaved = true
            // The way out first: a long reason is cut at the screen's edge.
            notify("\(keyName(.leave)) again leaves without saving · Not saved: \(what): \(reason)", isError: true)
        default:
            break
        }
    }

    /// Takes the held record as the store has it as the version the meeting goes on from.
    private mutating func adopt(_ held: Session) {
        session = held
        data.upsert(held)
    }

    private mutating func toggleAttendance() {
        guard case .attendance(let row)? = overlay, attendanceRows.indices.contains(row) else { return }
        guard role == .shared else {
            _ = sharedScreenOnly()
            return
        }
        let person = attendanceRows[row]
        if absent.contains(person) || !expected.contains(person) {
            markHere(person)
            overlay = .attendance(row: attendanceRows.firstIndex(of: person) ?? row)
        } else {
            absent.insert(person)
            if let id = timer.current?.id, var round = rounds[id], round.turn(of: person) == .waiting || round.turn(of: person) == .skipped
                || round.speaker == person {
                round.markAway(person)
                rounds[id] = round
            }
        }
    }

    private mutating func moveOverlay(by delta: Int) {
        switch overlay {
        case .help(let scroll)?: overlay = .help(scroll: max(0, scroll + delta))
        case .rotation(let scroll)?: overlay = .rotation(scroll: max(0, scroll + delta))
        case .attendance(let row)?: overlay = .attendance(row: min(max(0, attendanceRows.count - 1), max(0, row + delta)))
        case .questions(let row)?: overlay = .questions(row: min(max(0, questions.count - 1), max(0, row + delta)))
        case .notes(let row)?: overlay = .notes(row: min(max(0, notes.count - 1), max(0, row + delta)))
        case nil: break
        }
    }

    /// Takes in what another process wrote: new data and this session's notes; new anonymous questions join the queue.
    /// The held record as stored becomes the version the meeting goes on from, so its saves keep others' edits.
    mutating func reload(_ newData: GuildData, notes newNotes: [NoteEntry]) {
        let earlier = data
        var fresh = newData
        if let stored = newData.sessions[session.id] {
            if stored != session {
                if stored.attendees != session.attendees {
                    let away = absent
                    let joined = expected.filter { guests[$0] != nil }
                    data = fresh
                    expected = arranged(MeetingState.expectedPeople(for: stored, in: fresh) + joined)
                    absent = away.intersection(expected)
                }
                session = stored
            }
            if role == .notes, stored.status == .done { step = .finished }
        } else {
            fresh.upsert(session)
        }
        // Notes of earlier sessions were read once at the start; keep them for the round order.
        for note in earlier.notes.values where fresh.notes[note.id] == nil { fresh.notes[note.id] = note }
        data = fresh
        if role == .shared, let progress = fresh.meetings[session.id] { remoteVotes = progress.ratings.filter { !isLocalVote($0) } }
        // The note-taker's view follows the shared screen's progress: item, timer, speaker, round, extensions, order.
        if role == .notes, let progress = fresh.meetings[session.id] { restore(progress) }
        let mine = newNotes.filter { $0.sessionID == session.id }
        notes = MeetingState.sorted(mine)
        let known = Set(questionOrder)
        questionOrder += notes.filter { AnonymousQuestion.isAnonymous($0) && !known.contains($0.id) }.map(\.id)
    }
}
