import Foundation
import GuildCore
import TerminalGrid

/// Applies one action to the meeting state and returns what the runtime must do; pure (no I/O: the clock comes in
/// actions, new ids from `state.ids`). A change shows on screen only once the store has it (`.saved`).
public func reduceMeeting(_ state: inout MeetingState, _ action: MeetingAction) -> [MeetingEffect] {
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
        case .reviewDrop:
            return decideReview(.dropped)
        case .rate1, .rate2, .rate3, .rate4, .rate5:
            let value = [MeetingCommand.rate1, .rate2, .rate3, .rate4, .rate5].firstIndex(of: command)! + 1
            ratings.append(value)
            message = "Thanks: \(ratings.count) anonymous rating\(ratings.count == 1 ? "" : "s") so far"
        case .skipFacilitator:
            if let person = nextRotation?.facilitator { rotationSkips.insert(person) }
        case .skipNoteTaker:
            if let person = nextRotation?.noteTaker { rotationSkips.insert(person) }
        case .swapRoles:
            rotationSwapped.toggle()
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
            toggleAttendance()
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
            agendaEdited = true
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
        // While the store has the line, it stays as it is.
        guard var draft = composer, !draft.isSaving else { return [] }
        if let command = keymap.command(MeetingCommand.self, for: key, in: .meetingCompose) {
            if command == .composeCancel {
                composer = nil
                return []
            }
            if command == .composeSave { return submit(draft) }
        }
        if case .note = draft.purpose, draft.field.text.isEmpty, case .char(let c) = key,
           let kind = NoteComposer.kindKeys(keymap).first(where: { $0.key == c })?.kind {
            draft.purpose = .note(kind)
            composer = draft
            return []
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
        let itemID = role == .shared ? timer.current?.id : nil
        let speaker = role == .shared ? currentRound?.speaker : nil
        let note: NoteEntry
        switch draft.purpose {
        case .note(.question), .anonymousQuestion:
            note = AnonymousQuestion.note(text, session: session, id: ids.next())
        case .note(let kind):
            note = NoteEntry(id: ids.next(), sessionID: session.id, kind: kind, text: text, author: speaker, agendaItemID: itemID, createdAt: now)
        case .parking:
            note = ParkingLot.note(text, id: ids.next(), sessionID: session.id, agendaItemID: itemID, at: now)
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
            let item = ActionItem(id: ids.next(), title: parsed.title, owner: owner, due: parsed.due, sessionID: session.id, tag: parsed.tag,
                                  createdAt: now)
            let confirmation = "Action item for \(owner.map { "@" + (data.people[$0]?.handle ?? "?") } ?? "no one yet")"
                + (parsed.due.map { ", due \($0)" } ?? "")
            composer?.isSaving = true
            return [.save(MeetingSave(item, base: nil, purpose: .actionItem, confirmation: confirmation))]
        }
        composer?.isSaving = true
        return [.save(MeetingSave(note, base: nil, purpose: .note, confirmation: "\(draft.label) saved"))]
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
        if !ratings.isEmpty { held.ratings = ratings.sorted() }
        held.updatedAt = now
        notify("Saving…")
        return [.save(MeetingSave(held, base: session, purpose: .finish))]
    }

    /// The store has the held record done: the clock stops, the minutes are written and the series learns who
    /// facilitates and takes notes next time.
    private mutating func finished(_ held: Session) -> [MeetingEffect] {
        // The rotation counts this meeting as it ran (live), as the wrap-up showed it.
        let next = nextRotation
        timer.pause(at: now)
        adopt(held)
        step = .finished
        notify("Writing the minutes…")
        var effects: [MeetingEffect] = [.writeMinutes(sessionID: held.id, markdown: minutes(next: next).markdown)]
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
        let here = present
        if Set(here) != Set(session.attendees) { held.attendees = here }
        if agendaEdited {
            let timed = timer.agenda(from: session.agenda)
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
        guard let stored = save.record else { return [] }
        if let confirmation = save.confirmation { notify(confirmation) }
        switch (save.purpose, stored) {
        case (.note, .note(let note)):
            notes = MeetingState.sorted(notes.filter { $0.id != note.id } + [note])
            if AnonymousQuestion.isAnonymous(note), !questionOrder.contains(note.id) { questionOrder.append(note.id) }
            if composer?.isSaving == true { composer = nil }
        case (.actionItem, .action(let item)):
            data.upsert(item)
            if composer?.isSaving == true { composer = nil }
        case (.review(let outcome), .action(let item)):
            data.upsert(item)
            recordReview(item.id, outcome)
        case (.topic, .topic(let topic)):
            data.upsert(topic)
        case (.progress, .session(let held)):
            adopt(held)
            shouldQuit = true
            return [.leave]
        case (.finish, .session(let held)):
            return finished(held)
        case (.rotation, .session(let series)):
            data.upsert(series)
        default:
            break
        }
        return []
    }

    /// The store refused the change: nothing changed on screen; the status line names the record and says why, and a
    /// typed line stays to be saved again.
    mutating func refuse(_ save: MeetingSave, reason: String) {
        let what = save.change.subject.map { $0.label(in: data) } ?? "the change"
        notify("Not saved: \(what): \(reason)", isError: true)
        switch save.purpose {
        case .note, .actionItem:
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
        case nil: break
        }
    }

    /// Takes in what another process wrote: new data and this session's notes; new anonymous questions join the queue.
    /// The held record as stored becomes the version the meeting goes on from, so its saves keep others' edits.
    mutating func reload(_ newData: GuildData, notes newNotes: [NoteEntry]) {
        var fresh = newData
        if let stored = newData.sessions[session.id] {
            if stored != session {
                if stored.attendees != session.attendees {
                    let away = absent
                    expected = MeetingState.expectedPeople(for: stored, in: fresh)
                    absent = away.intersection(expected)
                }
                session = stored
            }
            if role == .notes, stored.status == .done { step = .finished }
        } else {
            fresh.upsert(session)
        }
        // Notes of earlier sessions were read once at the start; keep them for the round order.
        for note in data.notes.values where fresh.notes[note.id] == nil { fresh.notes[note.id] = note }
        data = fresh
        let mine = newNotes.filter { $0.sessionID == session.id }
        notes = MeetingState.sorted(mine)
        let known = Set(questionOrder)
        questionOrder += notes.filter { AnonymousQuestion.isAnonymous($0) && !known.contains($0.id) }.map(\.id)
    }
}
