import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid

/// An in-memory store for meeting reducer tests: performs the meeting's effects as the runtime does — each save is
/// applied and answered with `.saved`, the minutes with `.minutesWritten` — so a test drives a meeting end to end.
struct MeetingStoreDouble {
    var data: GuildData
    /// The minutes the last wrap-up wrote.
    var minutes: String?
    /// Every save performed, in order.
    var saves: [MeetingSave] = []

    init(data: GuildData) {
        self.data = data
    }

    /// Sends `action` to `state`, performs every effect that follows (answers included) and returns them in order.
    @discardableResult
    mutating func send(_ action: MeetingAction, to state: inout MeetingState) -> [MeetingEffect] {
        var all: [MeetingEffect] = []
        var queue = reduceMeeting(&state, action)
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            all.append(effect)
            switch effect {
            case .save(let save):
                saves.append(save)
                if let after = save.change.after {
                    data.upsert(after.record)
                } else if let before = save.change.before {
                    data.remove(kind: before.kind, id: before.id)
                }
                queue += reduceMeeting(&state, .saved(save))
            case .writeMinutes(_, let markdown):
                minutes = markdown
                queue += reduceMeeting(&state, .minutesWritten(path: "minutes/x.md"))
            case .leave:
                break
            }
        }
        return all
    }

    /// Presses keys given as specs ("right", "enter", "d") one after another.
    @discardableResult
    mutating func press(_ state: inout MeetingState, _ specs: String...) -> [MeetingEffect] {
        specs.flatMap { send(.key(Key(spec: $0)!), to: &state) }
    }

    /// Types text one character at a time.
    mutating func type(_ state: inout MeetingState, _ text: String) {
        for character in text { send(.key(.char(character)), to: &state) }
    }

    /// The saves of records of one kind among `effects`.
    static func saved<R: Record>(_ type: R.Type, in effects: [MeetingEffect]) -> [R] {
        effects.compactMap { effect -> R? in
            guard case .save(let save) = effect else { return nil }
            return save.change.after?.record as? R
        }
    }
}
