import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// The command palette: generated from the keymap, fuzzy, and the way to topics, learnings, communities, solutions and skills.
final class PaletteTests: XCTestCase {
    func testEveryBindingIsListedWithItsKeys() {
        let entries = Palette.entries(keymap: .standard, themes: Fixtures.catalog.themes.map(\.name), origin: .home)
        for binding in Keymap.standard.bindings(of: .dashboard) {
            XCTAssertTrue(entries.contains { $0.title == binding.help && $0.keys == binding.keyNames }, binding.id)
        }
        for theme in Fixtures.catalog.themes {
            XCTAssertTrue(entries.contains { $0.title == "theme \(theme.name)" })
        }
        for noun in ["session", "person", "skill", "action item", "topic", "learning", "community", "solution"] {
            XCTAssertTrue(entries.contains { $0.title == "new \(noun)" }, noun)
            XCTAssertTrue(entries.contains { $0.title == "edit \(noun)…" }, noun)
            XCTAssertTrue(entries.contains { $0.title == "delete \(noun)…" }, noun)
        }
        let quickAdd = entries.first { $0.run == .binding(Command.actionQuickAdd.rawValue) }
        XCTAssertEqual(quickAdd?.keys, "a")
        XCTAssertEqual(entries.first { $0.run == .binding(Command.formSubmit.rawValue) }?.isAvailable, false, "form keys are listed but only work in forms")
    }

    func testAnOverriddenKeyShowsInThePaletteToo() {
        let (keymap, _) = Keymap.standard.applying(overrides: Data(#"{"action.quickAdd": ["A"]}"#.utf8))
        let entries = Palette.entries(keymap: keymap, themes: [], origin: .home)
        XCTAssertEqual(entries.first { $0.run == .binding(Command.actionQuickAdd.rawValue) }?.keys, "A")
    }

    func testFuzzySearchAndRunATheme() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, ":")
        guard case .palette? = state.dialog else { return XCTFail(": opens the palette") }
        XCTAssertTrue(EditingSupport.screen(state).contains("Commands"))
        EditingSupport.type(&state, "thm hgh")
        guard case .palette(let palette)? = state.dialog else { return XCTFail() }
        XCTAssertEqual(palette.matches(keymap: state.keymap, themes: state.themes.map(\.name)).first?.title, "theme high-contrast")
        let effects = Fixtures.press(&state, "enter")
        XCTAssertEqual(effects, [.themeSelected("high-contrast")])
        XCTAssertEqual(state.theme.name, "high-contrast")
        XCTAssertNil(state.dialog)
    }

    func testRunningABindingActsLikeItsKey() {
        var state = Fixtures.state()
        Fixtures.press(&state, ":")
        EditingSupport.type(&state, "add action item")
        Fixtures.press(&state, "enter")
        guard case .quickAdd? = state.dialog else { return XCTFail("the palette ran quick add: \(String(describing: state.dialog))") }

        var other = Fixtures.state()
        Fixtures.press(&other, ":")
        EditingSupport.type(&other, "save the form")
        Fixtures.press(&other, "enter")
        XCTAssertNil(other.dialog)
        XCTAssertEqual(other.message, "“save the form” works in forms (Enter)")
    }

    func testPaletteOpenedInTheMatrixSetsLevels() {
        var state = Fixtures.state()
        Fixtures.press(&state, "2", ":")
        EditingSupport.type(&state, "set level 3")
        let effects = Fixtures.press(&state, "enter")
        guard EditingSupport.change(effects)?.after?.kind == .ratingSheet else { return XCTFail("\(effects)") }
    }

    func testNewTopicLearningCommunityAndSolution() throws {
        var state = Fixtures.state()
        func run(_ title: String) {
            Fixtures.press(&state, ":")
            EditingSupport.type(&state, title)
            Fixtures.press(&state, "enter")
        }
        run("new topic")
        XCTAssertEqual(EditingSupport.form(state)?.title, "New topic")
        EditingSupport.type(&state, "Property-based testing")
        EditingSupport.fill(&state, field: "skills", with: "kube")
        Fixtures.press(&state, "tab")
        XCTAssertEqual(EditingSupport.form(state)?.field("skills")?.value, "Kubernetes")
        EditingSupport.fill(&state, field: "votes", with: "@zoe, @noah")
        var effects = Fixtures.press(&state, "enter")
        guard let topic = EditingSupport.change(effects)?.after?.as(Topic.self) else { return XCTFail("\(effects) \(String(describing: EditingSupport.form(state)?.error))") }
        XCTAssertEqual(topic.title, "Property-based testing")
        XCTAssertEqual(topic.skillIDs, [state.data.skill(named: "Kubernetes")!.id])
        XCTAssertEqual(topic.votes.count, 2)
        EditingSupport.confirm(&state, effects)
        XCTAssertEqual(state.data.topics[topic.id], topic)

        run("new learning")
        EditingSupport.focus(&state, field: "text")
        EditingSupport.type(&state, "Feature flags made the rollback boring")
        EditingSupport.fill(&state, field: "kudos", with: "@priya")
        effects = Fixtures.press(&state, "enter")
        guard let learning = EditingSupport.change(effects)?.after?.as(Learning.self) else { return XCTFail("\(effects)") }
        XCTAssertEqual(learning.kudosTo, [EditingSupport.person("priya").id])
        EditingSupport.confirm(&state, effects)

        run("new community")
        EditingSupport.type(&state, "Data CoP")
        EditingSupport.focus(&state, field: "objectives")
        _ = reduce(&state, .key(.ctrl("x")))
        _ = reduce(&state, .textEdited("Publish a data glossary [on-track]\nRun two workshops\n"))
        effects = Fixtures.press(&state, "enter")
        guard let community = EditingSupport.change(effects)?.after?.as(Community.self) else { return XCTFail("\(effects)") }
        XCTAssertEqual(community.objectives.map(\.text), ["Publish a data glossary", "Run two workshops"])
        XCTAssertEqual(community.objectives.map(\.status), [.onTrack, .open])
        EditingSupport.confirm(&state, effects)

        run("new solution")
        EditingSupport.type(&state, "Send transactional e-mail")
        EditingSupport.fill(&state, field: "solution", with: "Postmark via the mailer service")
        effects = Fixtures.press(&state, "enter")
        guard let solution = EditingSupport.change(effects)?.after?.as(Solution.self) else { return XCTFail("\(effects)") }
        EditingSupport.confirm(&state, effects)
        XCTAssertEqual(state.data.solutions[solution.id]?.need, "Send transactional e-mail")

        run("new skill")
        EditingSupport.type(&state, "Rust")
        EditingSupport.fill(&state, field: "category", with: "Languages")
        EditingSupport.pressSaving(&state, "enter")
        XCTAssertNotNil(state.data.skill(named: "Rust"))
        XCTAssertTrue(state.shownSkills.contains { $0.name == "Rust" }, "the matrix gets the new column")
        XCTAssertEqual(state.history.undoable.count, 5)
    }

    func testEditAndDeleteThroughARecordPicker() throws {
        var state = Fixtures.state()
        let learning = try XCTUnwrap(state.data.learnings.values.first)
        Fixtures.press(&state, ":")
        EditingSupport.type(&state, "edit learning")
        Fixtures.press(&state, "enter")
        guard case .picker(let picker)? = state.dialog else { return XCTFail("a picker of learnings") }
        XCTAssertEqual(picker.kind, .learning)
        XCTAssertTrue(EditingSupport.screen(state).contains("Edit which learning?"))
        let firstWords = String(learning.text.prefix(12))
        EditingSupport.type(&state, firstWords)
        Fixtures.press(&state, "enter")
        let form = try XCTUnwrap(EditingSupport.form(state))
        XCTAssertEqual(form.kind, FormKind(editing: RecordValue(learning)))
        EditingSupport.fill(&state, field: "context", with: "Checkout")
        EditingSupport.pressSaving(&state, "enter")
        XCTAssertEqual(state.data.learnings[learning.id]?.context, "Checkout")

        let topic = try XCTUnwrap(state.data.topics.values.first)
        Fixtures.press(&state, ":")
        EditingSupport.type(&state, "delete topic")
        Fixtures.press(&state, "enter")
        EditingSupport.type(&state, topic.title)
        Fixtures.press(&state, "enter")
        guard case .confirm? = state.dialog else { return XCTFail("asks first") }
        EditingSupport.pressSaving(&state, "y")
        XCTAssertNil(state.data.topics[topic.id])
        EditingSupport.pressSaving(&state, "u")
        XCTAssertNotNil(state.data.topics[topic.id])
    }

    func testFuzzyMatchRanksWordStartsFirst() {
        XCTAssertNotNil(FuzzyMatch.score("nses", in: "new session"))
        XCTAssertNil(FuzzyMatch.score("xyz", in: "new session"))
        XCTAssertEqual(FuzzyMatch.rank("zo", ["Amara Okafor", "Zoë Ångström", "Ozzo Zero"]).first, 1)
        XCTAssertEqual(FuzzyMatch.rank("", ["b", "a"]), [0, 1], "blank keeps the order")
    }
}
