import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// The meeting derives what its panels show from the data and the notes when those change, never per frame, key or
/// clock tick: this session's action items (one pass over the store's), the anonymous questions, the parking lot.
final class MeetingMemoTests: XCTestCase {
    private func meeting() -> MeetingState {
        let data = Fixtures.sample
        let session = data.sessions.values.filter { $0.status != .done }.min { $0.id.precedes($1.id) }!
        var random = SeededRandom(seed: 5)
        let author = data.people.keys.min { $0.precedes($1) }
        var notes: [NoteEntry] = []
        for index in 0..<60 {
            let isQuestion = index % 3 == 0
            let text = index % 5 == 0 ? ParkingLot.prefix + "Topic \(index)" : "Note \(index)"
            let kind: NoteEntry.Kind = isQuestion ? .question : .note
            let createdAt = Fixtures.now.addingTimeInterval(Double(index - 60))
            notes.append(NoteEntry(id: random.uuid(), sessionID: session.id, kind: kind, text: text, author: isQuestion ? nil : author,
                                   createdAt: createdAt))
        }
        return MeetingState(session: session, data: data, notes: notes, role: .shared, seed: 1, ids: IDSource(seed: 2), now: Fixtures.now,
                            calendar: Fixtures.calendar, size: Size(width: 120, height: 40), theme: Fixtures.catalog.defaultTheme)
    }

    func testFramesKeysAndTicksReuseWhatThePanelsShow() {
        var state = meeting()
        let first = renderMeeting(state).description
        for second in 1...5 {
            _ = reduceMeeting(&state, .tick(Fixtures.now.addingTimeInterval(Double(second))))
            _ = renderMeeting(state)
        }
        for key: Character in ["j", "k"] {
            _ = reduceMeeting(&state, .key(.char(key)))
            _ = renderMeeting(state)
        }
        XCTAssertEqual(state.memo.builds("meeting.actions"), 1, "this session's action items: one pass over the store's")
        XCTAssertEqual(state.memo.builds("meeting.questions"), 1)
        XCTAssertEqual(state.memo.builds("meeting.parked"), 1)
        XCTAssertEqual(state.memo.builds("meeting.promoted"), 1)
        XCTAssertFalse(first.isEmpty)
    }

    func testANewNoteOrNewDataIsShownAtOnce() {
        var state = meeting()
        _ = renderMeeting(state)
        let question = NoteEntry(id: UUID(), sessionID: state.session.id, kind: .question, text: "Who owns the deploy pipeline?",
                                 author: nil, createdAt: Fixtures.now)
        _ = reduceMeeting(&state, .storeReloaded(state.data, notes: state.notes + [question]))
        let frame = renderMeeting(state).description
        XCTAssertTrue(state.questions.contains { $0.id == question.id }, "the question is listed")
        XCTAssertTrue(frame.contains("Who owns the deploy"), frame)
        XCTAssertEqual(state.memo.builds("meeting.questions"), 2, "built again once, for the new notes")
    }
}
