import GuildUI
import TerminalGrid

extension Action {
    /// A key given as a keymap spec ("tab", "j", "shift+tab"), for `store.send(.press("tab"))`.
    static func press(_ spec: String) -> Action {
        .key(Key(spec: spec)!)
    }
}

extension MeetingAction {
    /// A key given as a keymap spec ("space", "]", "enter"), for `store.send(.press("space"))`.
    static func press(_ spec: String) -> MeetingAction {
        .key(Key(spec: spec)!)
    }
}
