import Foundation
import GuildCore
import TerminalGrid

/// Applies one action to the meeting state and returns what the runtime must do; pure (no I/O, the clock comes in actions).
///
/// On the shared screen, whatever the action changed in the meeting's progress (apart from the clock running on) is
/// saved at once as the progress record, before any other effect, so a restart resumes exactly there.
public func reduceMeeting(_ state: inout MeetingState, _ action: MeetingAction) -> [MeetingEffect] {
    guard state.role == .shared, state.step != .finished else { return applyMeeting(&state, action) }
    let before = state.progress().withoutTimes
    var effects = applyMeeting(&state, action)
    if case .tick = action { return effects }
    let after = state.progress()
    if after.withoutTimes != before { effects.insert(.saveProgress(after), at: 0) }
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
    case .saveFailed(let reason):
        state.message = "Not saved: " + reason
    case .minutesWritten(let path):
        state.minutesPath = path
        state.message = "Minutes written to \(path)"
    case .quitSignalReceived:
        // The meeting stays live and resumes with `guild meeting`; what changed so far is kept.
        state.shouldQuit = true
        if state.role == .shared, state.step != .finished { return [.saveSession(state.progressRecord())] }
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
        if composer != nil { return type(key) }
        guard let command = keymap.command(MeetingCommand.self, for: key, in: keyContext) else { return [] }
        return run(command)
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
            shouldQuit = true
            var effects: [MeetingEffect] = []
            // The meeting stays live; what changed so far (attendance, order, extensions) is kept for when it resumes.
            if role == .shared, step != .finished { effects.append(.saveSession(progressRecord())) }
            return effects + [.leave]
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
            let value = [MeetingCommand.rate1, .rate2, .rate3, .rate4, .rate5].firstIndex(of: command)! + 1
            ratings.append(value)
            message = "Thanks: \(ratings.count) anonymous rating\(ratings.count == 1 ? "" : "s") so far"
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
        case .composeSave, .composeCancel, .noteNote, .noteDecision, .noteSupport, .noteObjection, .noteLearning, .noteSuccess,
             .noteFrustration, .notePairing:
            break
        }
        return []
    }

    /// Timer, agenda and round commands: the shared screen runs the clock; the note-taker's view says so.
    private mutating func runClockCommand(_ command: MeetingCommand) -> [MeetingEffect] {
        guard role == .shared else {
            message = "The timer, rounds and wrap-up run on the shared screen"
            return []
        }
        switch command {
        case .timerToggle:
            timer.toggle(at: now)
            message = timer.isRunning ? "Timer running" : "Timer paused"
        case .extendOne, .extendFive:
            let minutes = command == .extendOne ? 1 : 5
            timer.extend(byMinutes: minutes)
            message = "Extended \"\(timer.current?.title ?? "")\" by \(minutes) minute\(minutes == 1 ? "" : "s")"
        case .itemNext:
            if timer.next(at: now) {
                enterCurrentItem()
            } else {
                step = .wrapUp
            }
        case .itemPrevious:
            if timer.previous(at: now) { enterCurrentItem() }
        case .agendaMoveUp, .agendaMoveDown:
            agendaRow = timer.move(agendaRow, by: command == .agendaMoveUp ? -1 : 1)
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
            message = "Everyone has had a turn: → for the next item"
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
            message = round.notHeardYet.isEmpty ? "Round complete" : "Round over; not heard: " + round.notHeardYet.map { data.name(of: $0) }.joined(separator: ", ")
        }
        return []
    }

    /// Types into the composer; Enter saves, Esc cancels, a kind key on an empty note line switches the kind.
    private mutating func type(_ key: Key) -> [MeetingEffect] {
        guard var draft = composer else { return [] }
        if let command = keymap.command(MeetingCommand.self, for: key, in: .meetingCompose) {
            if command == .composeCancel {
                composer = nil
                return []
            }
            if command == .composeSave { return submit(draft) }
        }
        if case .note = draft.purpose, draft.field.text.isEmpty, case .char(let c) = key,
           let kind = NoteEntry.Kind.allCases.first(where: { $0.key == c }) {
            draft.purpose = .note(kind)
            composer = draft
            return []
        }
        _ = draft.field.handle(key)
        composer = draft
        return []
    }

    /// Turns the typed line into a note, an action item, a parking-lot entry or an anonymous question.
    private mutating func submit(_ draft: NoteComposer) -> [MeetingEffect] {
        let text = draft.field.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            composer = nil
            return []
        }
        // Both views know the item on now (the note-taker's from the shared screen's progress record); only a round
        // contribution is credited to someone: the speaker whose turn it is. Other notes never guess an author.
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
        case .note(.question), .anonymousQuestion:
            note = AnonymousQuestion.note(text, session: session)
            questionOrder.append(note.id)
        case .note(let kind):
            note = NoteEntry(sessionID: session.id, kind: kind, text: text, author: speaker, agendaItemID: itemID, createdAt: now)
        case .parking:
            note = ParkingLot.note(text, sessionID: session.id, agendaItemID: itemID, at: now)
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
                    message = "No one has the handle @\(handle)"
                    return []
                }
                owner = person.id
            }
            let item = ActionItem(title: parsed.title, owner: owner, due: parsed.due, sessionID: session.id, tag: parsed.tag, createdAt: now)
            data.upsert(item)
            composer = nil
            message = "Action item for \(owner.map { "@" + (data.people[$0]?.handle ?? "?") } ?? "no one yet")" + (parsed.due.map { ", due \($0)" } ?? "")
            return [.saveAction(item)]
        }
        notes = MeetingState.sorted(notes + [note])
        noteChanges.append(MeetingNoteChange(before: nil, after: note))
        composer = nil
        message = "\(draft.label) saved"
        return [.saveNote(note)] + feedRecords(from: note)
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

    /// Saves new text for a note; its kind, author, item and time stay.
    private mutating func saveEdit(of id: UUID, text: String) -> [MeetingEffect] {
        composer = nil
        guard let index = notes.firstIndex(where: { $0.id == id }) else {
            message = "That note is gone (deleted on another screen); the text was not saved"
            return []
        }
        let before = notes[index]
        guard before.text != text else { return [] }
        var after = before
        after.text = text
        after.updatedAt = max(now, before.updatedAt)
        notes[index] = after
        noteChanges.append(MeetingNoteChange(before: before, after: after))
        message = "Note changed · u takes it back"
        return [.saveNote(after)]
    }

    /// Deletes the selected note (u brings it back).
    private mutating func deleteSelectedNote() -> [MeetingEffect] {
        guard let note = selectedNote, case .notes(let row)? = overlay else {
            message = "No note to delete"
            return []
        }
        notes.removeAll { $0.id == note.id }
        overlay = .notes(row: min(row, max(0, notes.count - 1)))
        noteChanges.append(MeetingNoteChange(before: note, after: nil))
        message = "Note deleted · u brings it back"
        return [.deleteNote(note)]
    }

    /// Takes back the latest note saved, edited or deleted on this screen.
    private mutating func undoNoteChange() -> [MeetingEffect] {
        guard let change = noteChanges.popLast() else {
            message = "Nothing to undo"
            return []
        }
        switch (change.before, change.after) {
        case (nil, let created?):
            notes.removeAll { $0.id == created.id }
            message = "Note taken back"
            return [.deleteNote(notes.first { $0.id == created.id } ?? created)]
        case (let deleted?, nil):
            var restored = deleted
            restored.updatedAt = max(now, deleted.updatedAt)
            notes = MeetingState.sorted(notes + [restored])
            message = "Note restored"
            return [.saveNote(restored)]
        case (let before?, let after?):
            var restored = after
            restored.text = before.text
            restored.updatedAt = max(now, after.updatedAt)
            if let index = notes.firstIndex(where: { $0.id == after.id }) { notes[index] = restored }
            message = "Edit taken back"
            return [.saveNote(restored)]
        case (nil, nil):
            return []
        }
    }

    /// A learning also goes to the team's learnings log, with the session as its context; a pairing experience to
    /// the feedback of the pairing round the speaker was drawn in (seed 002, 004).
    private mutating func feedRecords(from note: NoteEntry) -> [MeetingEffect] {
        switch note.kind {
        case .learning:
            let learning = Learning(id: note.id, kind: .lesson, text: note.text, context: session.title, sessionID: session.id,
                                    author: note.author, createdAt: note.createdAt)
            data.upsert(learning)
            message = (message ?? "") + " · in the learnings log"
            return [.saveLearning(learning)]
        case .pairing:
            let rounds = data.pairingRounds.values.filter { $0.drawnAt <= now }
            guard var round = rounds.max(by: { ($0.drawnAt, $0.id.uuidString) < ($1.drawnAt, $1.id.uuidString) }) else {
                message = (message ?? "") + " · no pairing round drawn yet, so it is in the notes only"
                return []
            }
            guard let author = note.author, let group = round.group(of: author) else {
                message = (message ?? "") + " · not in the pairing round's feedback: say it during the paired person's turn"
                return []
            }
            round.note(PairingFeedback(id: note.id, groupID: group.id, author: author, text: note.text, shared: true, createdAt: note.createdAt))
            data.upsert(round)
            message = (message ?? "") + " · in the pairing round's feedback"
            return [.savePairingRound(round)]
        default:
            return []
        }
    }

    /// Carries an action item over with the owner and due date typed (`@handle due:fri`); a mistyped one keeps the
    /// line open with the reason.
    private mutating func carryOver(_ id: UUID, as text: String) -> [MeetingEffect] {
        guard var item = data.actions[id] ?? review.first(where: { $0.id == id }) else {
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
        if let handle = parsed.ownerHandle {
            guard let person = data.person(handle: handle) else {
                message = "No one has the handle @\(handle)"
                return []
            }
            item.owner = person.id
        }
        if let due = parsed.due { item.due = due }
        if item.status != .open { item.setDone(false, at: now) }
        item.updatedAt = now
        composer = nil
        reviewOutcomes[id] = .carriedOver
        if let row = review.firstIndex(where: { $0.id == id }) { reviewRow = min(review.count - 1, row + 1) }
        let changed = data.actions[id] != item
        data.upsert(item)
        message = "Carried over: \(data.name(of: item.owner))" + (item.due.map { ", due \($0)" } ?? "")
        return changed ? [.saveAction(item)] : []
    }

    private mutating func decideReview(_ outcome: ReviewOutcome) -> [MeetingEffect] {
        guard review.indices.contains(reviewRow) else { return [] }
        let id = review[reviewRow].id
        var item = data.actions[id] ?? review[reviewRow]
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
        reviewOutcomes[id] = outcome
        reviewRow = min(review.count - 1, reviewRow + 1)
        let changed = data.actions[id] != item
        data.upsert(item)
        return changed ? [.saveAction(item)] : []
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
        let topic = ParkingLot.topic(from: note, sessionTitle: session.title, day: today, at: now)
        data.upsert(topic)
        message = "Proposed \"\(topic.title)\" as a topic for a future session"
        return [.saveTopic(topic)]
    }

    /// Ends the meeting: the held record done, the series' next facilitator and note-taker set, the minutes written.
    private mutating func finish() -> [MeetingEffect] {
        guard role == .shared else { return [] }
        timer.pause(at: now)
        let next = nextRotation
        decidedNext = next.map { MeetingProgress.NextRoles(facilitator: $0.facilitator, noteTaker: $0.noteTaker) }
        let document = minutes()
        var held = progressRecord()
        held.status = .done
        // Sorted, so the order of the votes says nothing about who voted what.
        if !ratings.isEmpty { held.ratings = ratings.sorted() }
        session = held
        data.upsert(held)
        var effects: [MeetingEffect] = [.saveSession(held)]
        if var series, let next {
            series.facilitator = next.facilitator
            series.noteTaker = next.noteTaker
            series.updatedAt = now
            data.upsert(series)
            effects.append(.saveSession(series))
        }
        step = .finished
        message = "Writing the minutes…"
        return effects + [.writeMinutes(sessionID: held.id, markdown: document.markdown)]
    }

    /// The held record with what the meeting changed so far: who is here, the agenda's order and extensions.
    public func progressRecord() -> Session {
        var held = session
        held.attendees = present
        held.agenda = timer.agenda(from: session.agenda)
        held.updatedAt = now
        return held
    }

    private mutating func toggleAttendance() {
        guard case .attendance(let row)? = overlay, expected.indices.contains(row) else { return }
        let person = expected[row]
        if absent.contains(person) {
            absent.remove(person)
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
        case .attendance(let row)?: overlay = .attendance(row: min(max(0, expected.count - 1), max(0, row + delta)))
        case .notes(let row)?: overlay = .notes(row: min(max(0, notes.count - 1), max(0, row + delta)))
        case nil: break
        }
    }

    /// Takes in what another process wrote: new data and this session's notes; new anonymous questions join the queue.
    mutating func reload(_ newData: GuildData, notes newNotes: [NoteEntry]) {
        var fresh = newData
        if role == .notes, let stored = newData.sessions[session.id] {
            session = stored
            if stored.status == .done { step = .finished }
        } else {
            fresh.upsert(session)
        }
        // Notes of earlier sessions were read once at the start; keep them for the round order.
        for note in data.notes.values where fresh.notes[note.id] == nil { fresh.notes[note.id] = note }
        data = fresh
        // The note-taker's view follows the shared screen's progress: item, timer, speaker, round, extensions, order.
        if role == .notes, let progress = fresh.meetings[session.id] { restore(progress) }
        let mine = newNotes.filter { $0.sessionID == session.id }
        notes = MeetingState.sorted(mine)
        let known = Set(questionOrder)
        questionOrder += notes.filter { AnonymousQuestion.isAnonymous($0) && !known.contains($0.id) }.map(\.id)
    }
}
