import Foundation
import GuildCore

/// The home screen's one-key edits as the dashboard scopes them: the selection under the cursors goes to the pane-edit
/// reducer (`PaneSelection+Reduce.swift`); its changes go through the save rule, its questions become the dialog.
extension AppState {
    /// The person and skill under the matrix cursor.
    var matrixCell: (person: Person, skill: Skill)? { home.selectedCell }

    /// What the pane-edit keys act on: the matrix cell and the open action item under the home screen's cursors.
    var paneSelection: PaneSelection {
        PaneSelection(cell: home.selectedCell.map { MatrixCell(person: $0.person, skill: $0.skill) }, actionItem: home.selectedAction)
    }

    /// "3 proficient, wants to learn" (interest only when marked).
    static func describe(_ rating: SkillRating) -> String {
        PaneSelection.describe(rating)
    }

    /// Runs the pane-edit reducer on the selection and does what it asks.
    mutating func reducePaneEdit(_ action: PaneEditAction) -> [Effect] {
        let environment = PaneEditEnvironment(data: data, now: now, calendar: calendar, keymap: keymap)
        var effects: [Effect] = []
        for effect in paneSelection.reduce(action, in: environment) {
            switch effect {
            case .commit(let change): effects += commit(change)
            case .notice(let text): notify(text)
            case .ask(let question): dialog = .confirm(question)
            }
        }
        return effects
    }
}
