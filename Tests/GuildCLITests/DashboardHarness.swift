import Foundation
import GuildCore
import GuildStore
@testable import GuildUI
import TerminalGrid
@testable import GuildCLI

/// A dashboard without a terminal, on a real store: keys go through `reduce`, every `.save` effect is performed by
/// `StoreWriter` and answered as `DashboardRunner` answers it, and `reload()` brings in what other processes wrote.
struct DashboardHarness {
    /// 2026-11-22 10:00 in Berlin, a pinned clock.
    static let now = Date(timeIntervalSince1970: 1_795_338_000)

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        calendar.firstWeekday = 2
        return calendar
    }()

    let store: GuildStore
    var state: AppState

    /// Opens the store at `url` and loads it, as the dashboard does at start.
    init(store url: URL) throws {
        store = try GuildStore.open(at: url)
        let loaded = store.loadAll(includeNotes: false)
        state = AppState(data: loaded.data, storeName: "Team", now: Self.now, calendar: Self.calendar,
                         size: Size(width: 120, height: 40), theme: .fallback)
        // As the runtime does after the first frame: the title bar's milestones.
        while state.programme.milestonesStale { _ = reduce(&state, .idle) }
    }

    /// Presses keys given as keymap specs ("2", "e", "enter", "ctrl+t"), performing the saves they ask for.
    mutating func press(_ specs: String...) {
        for spec in specs { apply(.key(Key(spec: spec)!)) }
    }

    /// Types text into whatever has the keyboard.
    mutating func type(_ text: String) {
        for character in text { apply(.key(.char(character))) }
    }

    /// Clears the open form's field `id` and types `text` into it.
    mutating func fill(_ id: String, with text: String) {
        for _ in 0..<40 {
            guard case .form(let form)? = state.dialog, form.focused?.id != id else { break }
            press("tab")
        }
        press("end", "ctrl+u")
        type(text)
    }

    /// Takes in what changed in the store since the last look, as the run loop does between keys.
    mutating func reload() {
        let result = store.reload()
        apply(.storeReloaded(result.data, problems: result.problems.map(\.description)))
    }

    /// The open form, if any.
    var form: Form? {
        guard case .form(let form)? = state.dialog else { return nil }
        return form
    }

    /// The screen as text.
    var screen: String { render(state).lines().joined(separator: "\n") }

    private mutating func apply(_ action: Action) {
        var effects = reduce(&state, action)
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            guard case .save(let change) = effect else { continue }
            do {
                effects += reduce(&state, .saved(change, stored: try StoreWriter(store: store).perform(change)))
            } catch {
                effects += reduce(&state, .saveFailed(change, StoreWriter.failure(error, conflictsKey: "M")))
            }
        }
    }
}
