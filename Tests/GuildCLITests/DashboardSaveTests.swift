import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
@testable import GuildUI
import XCTest

/// Two dashboards on one store, through the reducer and `StoreWriter` against real files: every writer sends its
/// change against the version it started from, so a teammate's saved fields survive, the same field is a conflict the
/// form shows with both values, and undo takes back only its own fields. Each test checks the file afterwards.
final class DashboardSaveTests: XCTestCase {
    private var url: URL!

    override func setUpWithError() throws {
        url = try temporaryFolder(self).appendingPathComponent("store")
        let store = try GuildStore.create(at: url, name: "Team")
        let sample = SampleTeam.make(now: DashboardHarness.now, calendar: DashboardHarness.calendar)
        try store.saveAll(sample.recordsInWriteOrder)
    }

    /// Both dashboards, opened on the store as it is now.
    private func twoDashboards() throws -> (DashboardHarness, DashboardHarness) {
        (try DashboardHarness(store: url), try DashboardHarness(store: url))
    }

    /// The person in the file now.
    private func onDisk(_ id: UUID) throws -> Person {
        try XCTUnwrap(try GuildStore.open(at: url).record(Person.self, id: id))
    }

    /// Opens "Edit person" on the matrix's first person.
    private func editFirstPerson(_ dashboard: inout DashboardHarness) throws -> Person {
        dashboard.press("2", "e")
        XCTAssertEqual(dashboard.form?.title, "Edit person")
        return try XCTUnwrap(dashboard.state.matrixCell?.person)
    }

    func testTwoDashboardsEditingDifferentFieldsOfOnePersonBothSurvive() throws {
        var (first, second) = try twoDashboards()
        let person = try editFirstPerson(&first)
        XCTAssertEqual(try editFirstPerson(&second).id, person.id)
        first.fill("team", with: "Platform")
        first.press("enter")
        XCTAssertNil(first.form)
        XCTAssertTrue(first.state.message?.hasPrefix("Saved") ?? false, first.state.message ?? "")
        // The second form still shows the old team; the watcher brings the new file in, the form keeps its base.
        second.reload()
        second.fill("role", with: "SRE")
        second.press("enter")
        XCTAssertNil(second.form, second.state.message ?? "")
        let file = try onDisk(person.id)
        XCTAssertEqual(file.team, "Platform")
        XCTAssertEqual(file.role, "SRE")
        XCTAssertEqual(file.name, person.name)
        // The second dashboard shows what the file holds, both changes.
        XCTAssertEqual(second.state.data.people[person.id], file)
    }

    func testTheSameFieldShowsBothValuesKeepsWhatWasTypedAndLosesNothing() throws {
        var (first, second) = try twoDashboards()
        let person = try editFirstPerson(&first)
        _ = try editFirstPerson(&second)
        first.fill("role", with: "Lead")
        first.fill("team", with: "Platform")
        first.press("enter")
        second.fill("role", with: "SRE")
        second.press("enter")
        // Refused: the form stays, with what was typed, the new team from disk, and both values of the role.
        let form = try XCTUnwrap(second.form)
        XCTAssertFalse(form.isSaving)
        XCTAssertEqual(form.field("role")?.value, "SRE")
        XCTAssertEqual(form.field("team")?.value, "Platform", "a field only the teammate changed shows their value")
        XCTAssertEqual(form.conflicts, [FormConflict(fieldID: "role", label: "Role", yours: "SRE", theirs: "Lead")])
        let screen = second.screen
        XCTAssertTrue(screen.contains("⚠ yours: SRE · on disk now: Lead"), screen)
        XCTAssertTrue(screen.contains("Changed on disk meanwhile (⚠ Role): Enter keeps yours, C-t takes theirs"), screen)
        XCTAssertFalse(second.state.message?.hasPrefix("Saved") ?? false, second.state.message ?? "")
        XCTAssertTrue(second.state.messageIsError)
        var file = try onDisk(person.id)
        XCTAssertEqual([file.role, file.team], ["Lead", "Platform"], "nothing written")

        // Enter keeps mine, saved against the version now on disk: the teammate's team stays.
        second.press("enter")
        XCTAssertNil(second.form, second.state.message ?? "")
        file = try onDisk(person.id)
        XCTAssertEqual([file.role, file.team], ["SRE", "Platform"])
    }

    func testTakingTheirsKeepsTheDiskValueAndStillSavesMyOtherFields() throws {
        var (first, second) = try twoDashboards()
        let person = try editFirstPerson(&first)
        _ = try editFirstPerson(&second)
        first.fill("role", with: "Lead")
        first.press("enter")
        second.fill("role", with: "SRE")
        second.fill("team", with: "Payments")
        second.press("enter")
        XCTAssertEqual(second.form?.conflicts.map(\.fieldID), ["role"])
        second.press("ctrl+t")
        XCTAssertEqual(second.form?.field("role")?.value, "Lead")
        XCTAssertEqual(second.form?.conflicts, [])
        second.press("enter")
        XCTAssertNil(second.form)
        let file = try onDisk(person.id)
        XCTAssertEqual([file.role, file.team], ["Lead", "Payments"])
    }

    func testUndoAfterATeammatesEditOfAnotherFieldKeepsTheTeammatesField() throws {
        var (first, second) = try twoDashboards()
        let person = try editFirstPerson(&first)
        first.fill("team", with: "Platform")
        first.press("enter")
        _ = try editFirstPerson(&second)
        second.fill("role", with: "SRE")
        second.press("enter")
        first.reload()
        first.press("escape", "u")
        XCTAssertTrue(first.state.message?.hasPrefix("Undone") ?? false, first.state.message ?? "")
        var file = try onDisk(person.id)
        XCTAssertEqual(file.team, person.team, "my change is taken back")
        XCTAssertEqual(file.role, "SRE", "the teammate's change stays")
        // Redo applies my change again, still keeping theirs.
        first.press("ctrl+r")
        file = try onDisk(person.id)
        XCTAssertEqual([file.team, file.role], ["Platform", "SRE"])
        first.press("u")
        XCTAssertEqual(try onDisk(person.id).team, person.team)
    }

    func testUndoOfAFieldATeammateChangedSinceIsRefusedAndLosesNothing() throws {
        var (first, second) = try twoDashboards()
        let person = try editFirstPerson(&first)
        first.fill("team", with: "Platform")
        first.press("enter")
        second.reload()
        _ = try editFirstPerson(&second)
        second.fill("team", with: "Payments")
        second.press("enter")
        first.reload()
        first.press("u")
        XCTAssertTrue(first.state.messageIsError)
        XCTAssertTrue(first.state.message?.hasPrefix("Not undone: person “\(person.name)”") ?? false, first.state.message ?? "")
        XCTAssertTrue(first.state.message?.contains("(team)") ?? false, first.state.message ?? "")
        XCTAssertEqual(try onDisk(person.id).team, "Payments")
        XCTAssertEqual(first.state.history.undoable.count, 1, "still there to try again")
    }

    func testMatrixKeysOnOneSheetFromTwoDashboardsBothSurvive() throws {
        var (first, second) = try twoDashboards()
        first.press("2")
        second.press("2", "l")
        let (person, skillA) = try XCTUnwrap(first.state.matrixCell)
        let skillB = try XCTUnwrap(second.state.matrixCell?.skill)
        XCTAssertNotEqual(skillA.id, skillB.id)
        let levelA = first.state.data.ratingSheets[person.id]?.current[skillA.id]?.level == .expert ? "1" : "4"
        let levelB = second.state.data.ratingSheets[person.id]?.current[skillB.id]?.level == .expert ? "1" : "4"
        first.press(levelA)
        // The second dashboard has not seen the first one's rating: its key acts on the sheet it shows.
        second.press(levelB)
        XCTAssertTrue(second.state.message?.hasPrefix("Saved") ?? false, second.state.message ?? "")
        let sheet = try XCTUnwrap(try GuildStore.open(at: url).record(RatingSheet.self, id: person.id))
        XCTAssertEqual(sheet.current[skillA.id]?.level.rawValue, Int(levelA))
        XCTAssertEqual(sheet.current[skillB.id]?.level.rawValue, Int(levelB))
    }

    func testADeleteOfARecordChangedSinceIsRefusedAndTheFileStays() throws {
        var (first, second) = try twoDashboards()
        first.press("3", "e")
        XCTAssertEqual(first.form?.title, "Edit action item")
        let item = try XCTUnwrap(first.state.shownActions.first)
        first.fill("title", with: "Renamed by the first")
        first.press("enter")
        second.press("3", "D", "y")
        XCTAssertTrue(second.state.message?.hasPrefix("Not deleted: ") ?? false, second.state.message ?? "")
        XCTAssertEqual(try GuildStore.open(at: url).record(ActionItem.self, id: item.id)?.title, "Renamed by the first")
    }

    func testQuickAddSaysSavedOnlyOnceTheFileExists() throws {
        var (first, _) = try twoDashboards()
        first.press("a")
        first.type("Book the big room @\(try XCTUnwrap(first.state.data.people.values.first).handle)")
        first.press("enter")
        XCTAssertTrue(first.state.message?.hasPrefix("Saved new action item") ?? false, first.state.message ?? "")
        let created = try XCTUnwrap(first.state.data.actions.values.first { $0.title == "Book the big room" })
        XCTAssertEqual(try GuildStore.open(at: url).record(ActionItem.self, id: created.id), created)
    }
}
