import Foundation
import GuildCore
import TerminalGrid

/// What every view may read besides its own slice of state: the theme, the terminal size, the keymap and the context
/// keys are looked up in, the clock, the store's data and name, and the status message. `render` builds it once a frame.
///
/// Views take this and their feature's state (a `ConflictsScreenState`, a `SkillsMapState`…), never the whole `AppState`.
struct ScreenContext {
    let theme: Theme
    let size: Size
    let keymap: Keymap
    /// The context keys are looked up in now: its bindings are the status bar's hints.
    let keyContext: KeyContext
    /// The screen showing, whose bindings `?` lists.
    let keyScreen: KeyScreen
    let data: GuildData
    /// Shown in the title bar ("Sample team (demo)").
    let storeName: String
    let now: Date
    let calendar: Calendar
    /// The one-line notice for the status bar, and whether it reports a failure.
    let message: String?
    let messageIsError: Bool
    /// Help or a detail view covers the screen.
    let isCovered: Bool
    /// A dialog (a form, the palette, a picker, quick add, a question) is open over everything.
    let hasDialog: Bool
    /// One line per store file that could not be read (the title bar counts them, the problem line shows the first).
    let problems: [String]
    /// The store is open read-only.
    let isReadOnly: Bool
    /// The content version of the state (data, lists, clock, theme) and the detail page kept for it (`DetailMemo`).
    var contentStamp = DetailMemo.Stamp.next()
    var detailMemo = DetailMemo()
    /// The data's own version and what the skills map keeps for it (`SkillsMapMemo`).
    var dataStamp = DetailMemo.Stamp.next()
    var skillsMapMemo = SkillsMapMemo()
    /// What other screens keep for their inputs (`ViewMemo`), and the version of the data, clock and theme it is keyed on.
    var viewMemo = ViewMemo()
    var stateNumber: UInt64 { contentStamp.number }

    /// Today in the store's calendar.
    var today: Day { Day(now, in: calendar) }

    /// What the skills map is built from, keeping what it derives in the state's memo.
    var skillsMapContent: SkillsMapContent {
        SkillsMapContent(data: data, now: now, calendar: calendar, keymap: keymap, width: size.width, memo: skillsMapMemo,
                         dataStamp: dataStamp.number, contentStamp: contentStamp.number)
    }

    /// The first key bound to `command`, as hints name it.
    func keyName(_ command: Command) -> String {
        keymap.binding(command.rawValue)?.keys.first?.displayName ?? command.rawValue
    }
}

extension AppState {
    /// The context the views of the screen showing read, besides their own slice.
    var screenContext: ScreenContext {
        ScreenContext(theme: theme, size: size, keymap: keymap, keyContext: keyContext, keyScreen: keyScreen, data: data, storeName: storeName,
                      now: now, calendar: calendar, message: message, messageIsError: messageIsError, isCovered: route.overlay != nil,
                      hasDialog: route.dialog != nil, problems: problems, isReadOnly: isReadOnly, contentStamp: contentStamp, detailMemo: detailMemo,
                      dataStamp: dataStamp, skillsMapMemo: skillsMapMemo, viewMemo: viewMemo)
    }
}
