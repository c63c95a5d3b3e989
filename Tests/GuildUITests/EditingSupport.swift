import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// Helpers for editing tests: a stand-in runtime that confirms saves, and quick looks at the state.
enum EditingSupport {
    /// Plays the runtime on an unchanged store: every `.save` is answered `.saved` with its `after`; returns the other effects.
    @discardableResult
    static func confirm(_ state: inout AppState, _ effects: [Effect]) -> [Effect] {
        var rest: [Effect] = []
        for effect in effects {
            switch effect {
            case .save(let change): rest += reduce(&state, .saved(change, stored: change.after))
            default: rest.append(effect)
            }
        }
        return rest
    }

    /// The change of the first effect when it is a `.save`.
    static func change(_ effects: [Effect]) -> RecordChange? {
        guard case .save(let change)? = effects.first else { return nil }
        return change
    }

    /// Presses keys (keymap specs) and confirms every save they ask for.
    @discardableResult
    static func pressSaving(_ state: inout AppState, _ specs: String...) -> [Effect] {
        var rest: [Effect] = []
        for spec in specs {
            rest += confirm(&state, reduce(&state, .key(Key(spec: spec)!)))
        }
        return rest
    }

    /// Types text into whatever has the keyboard, one key per character.
    static func type(_ state: inout AppState, _ text: String) {
        for character in text { _ = reduce(&state, .key(.char(character))) }
    }

    /// The open form, or a test failure.
    static func form(_ state: AppState, file: StaticString = #filePath, line: UInt = #line) -> Form? {
        guard case .form(let form)? = state.dialog else {
            XCTFail("no form open (dialog: \(String(describing: state.dialog)))", file: file, line: line)
            return nil
        }
        return form
    }

    /// Moves the form's focus to the field `id` with Tab.
    static func focus(_ state: inout AppState, field id: String, file: StaticString = #filePath, line: UInt = #line) {
        for _ in 0..<40 {
            guard case .form(let form)? = state.dialog else { break }
            if form.focused?.id == id { return }
            _ = reduce(&state, .key(.tab))
        }
        XCTFail("could not reach field \(id)", file: file, line: line)
    }

    /// Clears the focused field and types `text` into it.
    static func fill(_ state: inout AppState, field id: String, with text: String, file: StaticString = #filePath, line: UInt = #line) {
        focus(&state, field: id, file: file, line: line)
        _ = reduce(&state, .key(.end))
        _ = reduce(&state, .key(.ctrl("u")))
        type(&state, text)
    }

    /// The whole screen as text.
    static func screen(_ state: AppState) -> String {
        render(state).lines().joined(separator: "\n")
    }

    /// The person with `handle` in the sample team.
    static func person(_ handle: String) -> Person {
        Fixtures.sample.person(handle: handle)!
    }

    /// Checks every line of a render is exactly the width and free of control characters.
    static func assertClean(_ state: AppState, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let grid = render(state)
        for (index, text) in grid.lines().enumerated() {
            XCTAssertEqual(DisplayWidth.of(text), grid.size.width, "\(label) line \(index): |\(text)|", file: file, line: line)
            XCTAssertFalse(text.unicodeScalars.contains(where: SafeText.isUnsafe), "\(label) line \(index)", file: file, line: line)
        }
    }
}
