import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import XCTest

/// The home screen's one-key edits, on the selection alone: a matrix key becomes a new dated rating in the person's
/// sheet and an action-item key a new status, each sent against the version shown and dated by the environment's
/// clock; the selection itself never changes (nothing shows as changed before the store confirms).
final class PaneEditReducerTests: XCTestCase {
    private let environment = PaneEditEnvironment(data: Fixtures.sample, now: Fixtures.now, calendar: Fixtures.calendar, keymap: .standard)

    private func store(_ selection: PaneSelection) -> TestStore<PaneSelection, PaneEditAction, PaneEditEffect> {
        let environment = environment
        return TestStore(initialState: selection) { selection, action in selection.reduce(action, in: environment) }
    }

    /// A rated cell of the sample team: the person's sheet, the skill and its current rating.
    private func ratedCell() throws -> (sheet: RatingSheet, cell: MatrixCell, rating: SkillRating) {
        let data = Fixtures.sample
        let sheet = try XCTUnwrap(data.ratingSheets.values.sorted { $0.personID.orderKey < $1.personID.orderKey }.first { !$0.current.isEmpty })
        let (skillID, rating) = try XCTUnwrap(sheet.current.sorted { $0.key.orderKey < $1.key.orderKey }.first)
        let cell = MatrixCell(person: try XCTUnwrap(data.people[sheet.personID]), skill: try XCTUnwrap(data.skills[skillID]))
        return (sheet, cell, rating)
    }

    func testALevelKeySendsANewDatedRatingAndTheSameLevelOnlySaysSo() throws {
        let (sheet, cell, current) = try ratedCell()
        let store = store(PaneSelection(cell: cell))
        store.send(.levelPressed(current.level))
        store.receive(.notice("\(cell.person.name) · \(cell.skill.name) is already \(PaneSelection.describe(current))"))

        let level: SkillLevel = current.level == .expert ? .learning : .expert
        var rating = current
        rating.level = level
        rating.ratedAt = max(Fixtures.now, current.ratedAt)
        var expected = sheet
        if current.ratedAt == rating.ratedAt { expected.ratings.removeAll { $0.skillID == cell.skill.id && $0.ratedAt == rating.ratedAt } }
        expected.record(rating)
        expected.updatedAt = max(sheet.updatedAt, Fixtures.now)
        store.send(.levelPressed(level))
        store.receive(.commit(RecordChange(before: RecordValue(sheet), after: RecordValue(expected),
                                           summary: "\(cell.person.name) · \(cell.skill.name) → \(PaneSelection.describe(rating))")))
    }

    func testClearingARatingAsksFirstAndAnUnratedCellSaysSo() throws {
        let (sheet, cell, current) = try ratedCell()
        let store = store(PaneSelection(cell: cell))
        store.send(.clearRatingPressed)
        store.receive("a question whose yes removes only the latest rating") { effect in
            guard case .ask(let question) = effect, let after = question.change.after?.as(RatingSheet.self) else { return false }
            return question.change.before == RecordValue(sheet) && after.ratings.count == sheet.ratings.count - 1
                && !after.ratings.contains(current) && question.detail.hasSuffix("u undoes.")
        }
        let unrated = try XCTUnwrap(Fixtures.sample.skills.values.sorted { $0.id.orderKey < $1.id.orderKey }.first { sheet.current[$0.id] == nil })
        let other = self.store(PaneSelection(cell: MatrixCell(person: cell.person, skill: unrated)))
        other.send(.clearRatingPressed)
        other.receive(.notice("\(cell.person.name) has not rated \(unrated.name)"))
    }

    func testActionItemKeysSendTheNewStatusDatedByTheEnvironment() throws {
        let item = try XCTUnwrap(Fixtures.sample.actions.values.sorted { $0.id.orderKey < $1.id.orderKey }.first { $0.status == .open })
        let store = store(PaneSelection(actionItem: item))
        var done = item
        done.setDone(true, at: Fixtures.now)
        store.send(.donePressed)
        store.receive(.commit(RecordChange(before: RecordValue(item), after: RecordValue(done), summary: "“\(item.title)” done")))
        var dropped = item
        dropped.status = .dropped
        dropped.completedAt = nil
        dropped.updatedAt = Fixtures.now
        store.send(.dropPressed)
        store.receive(.commit(RecordChange(before: RecordValue(item), after: RecordValue(dropped), summary: "“\(item.title)” dropped")))
        store.send(.levelPressed(.expert))
    }

    func testNothingSelectedDoesNothing() {
        let store = store(PaneSelection())
        for action in [PaneEditAction.levelPressed(.working), .interestPressed, .clearRatingPressed, .donePressed, .dropPressed] {
            store.send(action)
        }
    }
}
