import Foundation
import GuildCore
@testable import GuildUI
import XCTest

/// The editors registry: every record kind is either edited in forms (one `RecordEditor`) or named here as not, and
/// each editor opened on a record builds that record back.
final class RecordEditorTests: XCTestCase {
    /// Kinds the dashboard changes other ways than forms: ratings with the matrix keys, pairing rounds with the roulette,
    /// a meeting's progress on its screen, agenda proposals and their votes with `guild propose` and `guild vote` (and
    /// accepted on the proposals screen). (Notes are taken in the meeting and fixed in forms.)
    static let notEditedInForms: Set<RecordKind> = [.ratingSheet, .pairingRound, .meeting, .vote, .agendaProposal, .proposalDot, .continueVote]

    func testEveryKindHasAnEditorOrIsNamedAsNotEditedInForms() {
        let edited = RecordEditor.all.map(\.kind)
        XCTAssertEqual(Set(edited).count, edited.count, "a kind has two editors")
        XCTAssertTrue(Self.notEditedInForms.isDisjoint(with: edited))
        for kind in RecordKind.allCases {
            XCTAssertTrue(edited.contains(kind) || Self.notEditedInForms.contains(kind),
                          "\(kind): register its editor in RecordEditor.all, or list it in notEditedInForms")
        }
    }

    func testThePaletteListsTheEditedKindsInTheirOrder() {
        XCTAssertEqual(Palette.kinds, [.session, .person, .skill, .action, .topic, .learning, .community, .solution, .note])
        let titles = Palette.entries(keymap: .standard, themes: [], origin: .home)
            .filter { if case .new = $0.run { true } else { false } }.map(\.title)
        XCTAssertEqual(titles, ["new session", "new person", "new skill", "new action item", "new topic", "new learning",
                                "new community", "new solution"])
    }

    /// Opening a record's form and building it without a change gives the record back (only `updatedAt` moves).
    func testEachEditorBuildsBackTheRecordItOpened() throws {
        let data = Fixtures.sample
        for editor in RecordEditor.all {
            let records = editor.kind.descriptor.recordsInIDOrder(in: data)
            XCTAssertFalse(records.isEmpty, "the sample team has no \(editor.kind.folder)")
            for record in records.prefix(5) {
                let value = RecordValue(record)
                let form = FormKind(editing: value).makeForm(data: data, now: Fixtures.now, calendar: Fixtures.calendar)
                XCTAssertFalse(form.fields.isEmpty, "\(editor.kind): no fields")
                let built = try form.build(data: data, now: Fixtures.now, calendar: Fixtures.calendar, ids: IDSource(seed: 0))
                XCTAssertEqual(built, value.touched(at: Fixtures.now), "\(editor.kind) \(record.id): the form changed the record")
            }
            XCTAssertEqual(editor.rows(data: data, calendar: Fixtures.calendar).count, records.count, "\(editor.kind): the picker misses records")
        }
    }

    func testAKindWithoutAnEditorOpensNoForm() {
        var state = Fixtures.state()
        state.create(.meeting)
        XCTAssertNil(state.dialog)
        state.create(.note)
        XCTAssertNil(state.dialog, "notes are taken in a meeting, not made in a blank form")
        state.create(.topic)
        XCTAssertEqual(EditingSupport.form(state)?.title, "New topic")
    }
}
